package io.ownerscope.testing;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Standard output and error of each test of a command, as a terminal would show them
 * ({@code @RegisterExtension final CapturedTerminal terminal = new CapturedTerminal();}). Only the test method itself
 * is captured: what its set-up prints (a load's log lines) is not.
 */
public final class CapturedTerminal implements BeforeTestExecutionCallback, AfterTestExecutionCallback {

    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    private PrintStream originalOut;
    private PrintStream originalErr;

    @Override
    public void beforeTestExecution(ExtensionContext context) {
        stdout.reset();
        stderr.reset();
        originalOut = System.out;
        originalErr = System.err;
        System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        System.setOut(originalOut);
        System.setErr(originalErr);
    }

    public String stdout() {
        return stdout.toString(StandardCharsets.UTF_8);
    }

    public String stderr() {
        return stderr.toString(StandardCharsets.UTF_8);
    }
}
