package io.ownerscope.security;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import io.ownerscope.audit.AuditEntry;
import io.ownerscope.audit.AuditTrail;
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
    static final class Add extends AccessChange {

        @Parameters(index = "0", paramLabel = "USERNAME")
        String username;

        @Option(names = "--role", required = true, paramLabel = "ROLE", description = "viewer, analyst or admin")
        String role;

        @Option(names = "--password", arity = "0..1", interactive = true, paramLabel = "PASSWORD",
                description = "Prompt for the password (at least 12 characters); left out: one is generated")
        char[] password;

        private final ObjectProvider<Users> users;

        Add(ObjectProvider<Users> users, ObjectProvider<AuditTrail> audit) {
            super(audit);
            this.users = users;
        }

        @Override
        AuditEntry apply(PrintWriter out) {
            var parsed = Role.parse(role);
            users.getObject().add(username, passwordOrGenerated(password, spec), parsed, actor());
            out.printf("user '%s' added as %s%n", username, parsed.label());
            return AuditEntry.command("user add", username, roleParameters(parsed));
        }
    }

    @Command(name = "passwd", mixinStandardHelpOptions = true, description = "Set a user's password.")
    static final class Passwd extends AccessChange {

        @Parameters(index = "0", paramLabel = "USERNAME")
        String username;

        @Option(names = "--password", arity = "0..1", interactive = true, paramLabel = "PASSWORD",
                description = "Prompt for the password; left out: one is generated")
        char[] password;

        private final ObjectProvider<Users> users;

        Passwd(ObjectProvider<Users> users, ObjectProvider<AuditTrail> audit) {
            super(audit);
            this.users = users;
        }

        @Override
        AuditEntry apply(PrintWriter out) {
            users.getObject().changePassword(username, passwordOrGenerated(password, spec));
            out.printf("password of '%s' changed%n", username);
            return AuditEntry.command("user password", username, null);
        }
    }

    @Command(name = "role", mixinStandardHelpOptions = true, description = "Set a user's role.")
    static final class ChangeRole extends AccessChange {

        @Parameters(index = "0", paramLabel = "USERNAME")
        String username;

        @Parameters(index = "1", paramLabel = "ROLE", description = "viewer, analyst or admin")
        String role;

        private final ObjectProvider<Users> users;

        ChangeRole(ObjectProvider<Users> users, ObjectProvider<AuditTrail> audit) {
            super(audit);
            this.users = users;
        }

        @Override
        AuditEntry apply(PrintWriter out) {
            var parsed = Role.parse(role);
            users.getObject().changeRole(username, parsed);
            out.printf("'%s' is now %s%n", username, parsed.label());
            return AuditEntry.command("user role", username, roleParameters(parsed));
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove a user.")
    static final class Remove extends AccessChange {

        @Parameters(index = "0", paramLabel = "USERNAME")
        String username;

        private final ObjectProvider<Users> users;

        Remove(ObjectProvider<Users> users, ObjectProvider<AuditTrail> audit) {
            super(audit);
            this.users = users;
        }

        @Override
        AuditEntry apply(PrintWriter out) {
            users.getObject().remove(username);
            out.printf("user '%s' removed%n", username);
            return AuditEntry.command("user remove", username, null);
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
