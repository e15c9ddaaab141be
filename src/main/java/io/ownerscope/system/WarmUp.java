package io.ownerscope.system;

/**
 * Work the service does once as it starts, so that the first answers need not wait for it: the service is reported
 * ready (the ready line, the readiness state, health UP) only once every warm-up has finished, failed or not.
 *
 * @param name what is warming, in words an administrator reads in the health details
 * @param task the work; a failure is logged and the service starts without it
 */
public record WarmUp(String name, Runnable task) {
}
