package io.ownerscope.security;

import java.util.concurrent.Callable;

import io.ownerscope.audit.AuditEntry;
import io.ownerscope.audit.AuditTrail;
import io.ownerscope.system.ApiException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ownerscope users add|passwd|role|remove|list}: the service's users, managed on the store directly. */
@Component
@Command(name = "users", mixinStandardHelpOptions = true,
        description = "Manage the users who log in to the service (roles: viewer, analyst, admin).",
        subcommands = {UsersCommand.Add.class, UsersCommand.Passwd.class, UsersCommand.ChangeRole.class,
                UsersCommand.Remove.class, UsersCommand.ListUsers.class})
final class UsersCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }

    /** Runs a change, reporting a refused one (a name taken, the last admin...) in one line with exit 1. */
    static int change(CommandSpec spec, Runnable change) {
        try {
            change.run();
            return 0;
        } catch (ApiException | IllegalArgumentException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            return 1;
        }
    }

    /** The password typed at the prompt, or given; none: a generated one, printed once. */
    static String passwordOrGenerated(char[] typed, CommandSpec spec) {
        if (typed != null && typed.length > 0) {
            return new String(typed);
        }
        var generated = FirstStart.generatedPassword();
        spec.commandLine().getOut().println("password (shown only now): " + generated);
        return generated;
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add a user.",
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:added", "1:refused (name taken, password too short)", "2:bad command line"})
    static final class Add implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "USERNAME")
        String username;

        @Option(names = "--role", required = true, paramLabel = "ROLE", description = "viewer, analyst or admin")
        String role;

        @Option(names = "--password", arity = "0..1", interactive = true, paramLabel = "PASSWORD",
                description = "Prompt for the password (at least 12 characters); left out: one is generated")
        char[] password;

        @Spec
        CommandSpec spec;

        private final ObjectProvider<Users> users;
        private final ObjectProvider<AuditTrail> audit;

        Add(ObjectProvider<Users> users, ObjectProvider<AuditTrail> audit) {
            this.users = users;
            this.audit = audit;
        }

        @Override
        public Integer call() {
            return change(spec, () -> {
                var parsed = Role.parse(role);
                users.getObject().add(username, passwordOrGenerated(password, spec), parsed,
                        "cli:" + System.getProperty("user.name", "unknown"));
                audit.getObject().record(AuditEntry.command("user add", username,
                        "{\"role\":\"" + parsed.label() + "\"}"));
                spec.commandLine().getOut().printf("user '%s' added as %s%n", username, parsed.label());
            });
        }
    }

    @Command(name = "passwd", mixinStandardHelpOptions = true, description = "Set a user's password.")
    static final class Passwd implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "USERNAME")
        String username;

        @Option(names = "--password", arity = "0..1", interactive = true, paramLabel = "PASSWORD",
                description = "Prompt for the password; left out: one is generated")
        char[] password;

        @Spec
        CommandSpec spec;

        private final ObjectProvider<Users> users;
        private final ObjectProvider<AuditTrail> audit;

        Passwd(ObjectProvider<Users> users, ObjectProvider<AuditTrail> audit) {
            this.users = users;
            this.audit = audit;
        }

        @Override
        public Integer call() {
            return change(spec, () -> {
                users.getObject().changePassword(username, passwordOrGenerated(password, spec));
                audit.getObject().record(AuditEntry.command("user password", username, null));
                spec.commandLine().getOut().printf("password of '%s' changed%n", username);
            });
        }
    }

    @Command(name = "role", mixinStandardHelpOptions = true, description = "Set a user's role.")
    static final class ChangeRole implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "USERNAME")
        String username;

        @Parameters(index = "1", paramLabel = "ROLE", description = "viewer, analyst or admin")
        String role;

        @Spec
        CommandSpec spec;

        private final ObjectProvider<Users> users;
        private final ObjectProvider<AuditTrail> audit;

        ChangeRole(ObjectProvider<Users> users, ObjectProvider<AuditTrail> audit) {
            this.users = users;
            this.audit = audit;
        }

        @Override
        public Integer call() {
            return change(spec, () -> {
                var parsed = Role.parse(role);
                users.getObject().changeRole(username, parsed);
                audit.getObject().record(AuditEntry.command("user role", username,
                        "{\"role\":\"" + parsed.label() + "\"}"));
                spec.commandLine().getOut().printf("'%s' is now %s%n", username, parsed.label());
            });
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove a user.")
    static final class Remove implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "USERNAME")
        String username;

        @Spec
        CommandSpec spec;

        private final ObjectProvider<Users> users;
        private final ObjectProvider<AuditTrail> audit;

        Remove(ObjectProvider<Users> users, ObjectProvider<AuditTrail> audit) {
            this.users = users;
            this.audit = audit;
        }

        @Override
        public Integer call() {
            return change(spec, () -> {
                users.getObject().remove(username);
                audit.getObject().record(AuditEntry.command("user remove", username, null));
                spec.commandLine().getOut().printf("user '%s' removed%n", username);
            });
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the users and their roles.")
    static final class ListUsers implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        private final ObjectProvider<Users> users;

        ListUsers(ObjectProvider<Users> users) {
            this.users = users;
        }

        @Override
        public Integer call() {
            var out = spec.commandLine().getOut();
            var all = users.getObject().list();
            out.printf("%-32s %-8s %s%n", "USERNAME", "ROLE", "CREATED");
            all.forEach(u -> out.printf("%-32s %-8s %s%n", u.get("username"), u.get("role"), u.get("createdAt")));
            return 0;
        }
    }
}
