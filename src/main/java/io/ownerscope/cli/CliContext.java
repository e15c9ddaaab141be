package io.ownerscope.cli;

import java.io.PrintWriter;

import org.springframework.context.ConfigurableApplicationContext;

/** What a command needs from the application: its beans (started on first use) and the terminal. */
public final class CliContext implements AutoCloseable {

    private final ConfigurableApplicationContext application;
    private final PrintWriter out;

    CliContext(ConfigurableApplicationContext application, PrintWriter out) {
        this.application = application;
        this.out = out;
    }

    public <T> T bean(Class<T> type) {
        return application.getBean(type);
    }

    public PrintWriter out() {
        return out;
    }

    @Override
    public void close() {
        application.close();
    }
}
