package io.ownerscope;

import io.ownerscope.cli.Cli;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The service (no arguments, or only settings) or a command ({@code load ...}) of the same jar. */
@SpringBootApplication
public class OwnerscopeApplication {

    public static void main(String[] args) {
        if (Cli.handles(args)) {
            System.exit(Cli.run(OwnerscopeApplication.class, args));
        }
        SpringApplication.run(OwnerscopeApplication.class, args);
    }
}
