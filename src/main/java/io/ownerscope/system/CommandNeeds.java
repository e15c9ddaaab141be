package io.ownerscope.system;

/**
 * Implemented by a command that may run without the application (no store, no schema): the command line then starts
 * nothing for it. Commands that do not implement it start the whole application before they run.
 */
public interface CommandNeeds {

    /** Whether this run, with the options given, needs the application started. */
    boolean application();
}
