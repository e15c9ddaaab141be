package io.ownerscope.security;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import io.ownerscope.audit.AuditEntry;
import io.ownerscope.audit.AuditTrail;
import io.ownerscope.system.ApiException;
import org.springframework.beans.factory.ObjectProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A change to the users or keys made at the command line: made on the store, recorded in the audit trail, and when
 * refused (a name taken, the last admin...) reported in one line with exit code 1.
 */
abstract class AccessChange implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    private final ObjectProvider<AuditTrail> audit;

    AccessChange(ObjectProvider<AuditTrail> audit) {
        this.audit = audit;
    }

    /** Makes the change, says on {@code out} what was done, and returns what the audit trail records of it. */
    abstract AuditEntry apply(PrintWriter out);

    /** Who makes changes at the command line, as the audit trail and the stored records name them. */
    static String actor() {
        return "cli:" + System.getProperty("user.name", "unknown");
    }

    /** The role's label as the audit entry's parameters state it. */
    static String roleParameters(Role role) {
        return "{\"role\":\"" + role.label() + "\"}";
    }

    @Override
    public final Integer call() {
        try {
            audit.getObject().record(apply(spec.commandLine().getOut()));
            return 0;
        } catch (ApiException | IllegalArgumentException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            return 1;
        }
    }
}
