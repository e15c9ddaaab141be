package io.ownerscope.security;

import java.io.PrintWriter;
import java.time.OffsetDateTime;
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

/** {@code ownerscope keys create|list|revoke}: API keys for automation, managed on the store directly. */
@Component
@Command(name = "keys", mixinStandardHelpOptions = true,
        description = "Manage API keys (header X-API-Key) for scripts and other services.",
        subcommands = {KeysCommand.Create.class, KeysCommand.ListKeys.class, KeysCommand.Revoke.class})
final class KeysCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = "Create a key and print its secret, the only time it is shown.")
    static final class Create extends AccessChange {

        @Parameters(index = "0", paramLabel = "NAME", description = "What the key is for, e.g. nightly-screening")
        String name;

        @Option(names = "--role", required = true, paramLabel = "ROLE", description = "viewer, analyst or admin")
        String role;

        @Option(names = "--expires", paramLabel = "INSTANT", description = "ISO instant, e.g. 2027-06-30T00:00:00Z")
        OffsetDateTime expires;

        private final ObjectProvider<ApiKeys> keys;

        Create(ObjectProvider<ApiKeys> keys, ObjectProvider<AuditTrail> audit) {
            super(audit);
            this.keys = keys;
        }

        @Override
        AuditEntry apply(PrintWriter out) {
            var parsed = Role.parse(role);
            var created = keys.getObject().create(name, parsed, expires, actor());
            out.printf("key %s (%s, %s) created; its secret, shown only now:%n%n    %s%n%n", created.get("id"),
                    name, parsed.label(), created.get("key"));
            out.println("Send it in header X-API-Key.");
            return AuditEntry.command("key create", String.valueOf(created.get("id")),
                    "{\"name\":\"" + name.replace("\"", "'") + "\",\"role\":\"" + parsed.label() + "\"}");
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the keys (never a secret).")
    static final class ListKeys implements Callable<Integer> {

        @Option(names = "--revoked", description = "List the revoked keys too")
        boolean revoked;

        @Spec
        CommandSpec spec;

        private final ObjectProvider<ApiKeys> keys;

        ListKeys(ObjectProvider<ApiKeys> keys) {
            this.keys = keys;
        }

        @Override
        public Integer call() {
            var out = spec.commandLine().getOut();
            out.printf("%-36s %-24s %-8s %-25s %s%n", "ID", "NAME", "ROLE", "EXPIRES", "REVOKED");
            keys.getObject().list(revoked).forEach(k -> out.printf("%-36s %-24s %-8s %-25s %s%n", k.get("id"),
                    k.get("name"), k.get("role"), k.get("expiresAt") == null ? "-" : k.get("expiresAt"),
                    k.get("revokedAt") == null ? "-" : k.get("revokedAt")));
            return 0;
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Revoke a key at once.")
    static final class Revoke extends AccessChange {

        @Parameters(index = "0", paramLabel = "ID")
        String id;

        private final ObjectProvider<ApiKeys> keys;

        Revoke(ObjectProvider<ApiKeys> keys, ObjectProvider<AuditTrail> audit) {
            super(audit);
            this.keys = keys;
        }

        @Override
        AuditEntry apply(PrintWriter out) {
            keys.getObject().revoke(id);
            out.printf("key %s revoked%n", id);
            return AuditEntry.command("key revoke", id, null);
        }
    }
}
