package io.ownerscope.security;

import java.security.SecureRandom;
import java.util.Base64;

import io.ownerscope.audit.AuditEntry;
import io.ownerscope.audit.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * Makes the service reachable by someone at its first start: user {@code admin} with the password of
 * {@code ownerscope.security.admin-password}, or a generated one printed once on the console (the store keeps only
 * its hash). The key of {@code ownerscope.security.admin-key}, when set, is kept as an admin key at every start.
 */
@Component
@ConditionalOnWebApplication
class FirstStart implements SmartInitializingSingleton {

    private static final Logger LOG = LoggerFactory.getLogger(FirstStart.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Users users;
    private final ApiKeys keys;
    private final SecuritySettings settings;
    private final AuditTrail audit;

    FirstStart(Users users, ApiKeys keys, SecuritySettings settings, AuditTrail audit) {
        this.users = users;
        this.keys = keys;
        this.settings = settings;
        this.audit = audit;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (settings.hasAdminKey()) {
            keys.seed(settings.adminKey());
        }
        if (!users.none()) {
            return;
        }
        var generated = !settings.hasAdminPassword();
        var password = generated ? generatedPassword() : settings.adminPassword();
        users.add("admin", password, Role.ADMIN, "first start");
        audit.record(AuditEntry.command("user add", "admin", "{\"role\":\"admin\",\"reason\":\"first start\"}"));
        if (generated) {
            // to the console's error stream, not the log: the password stays out of log files
            System.err.printf("""

                    ================================================================================
                     ownerscope created user 'admin' with this password (shown only now):

                         %s

                     Log in at /login, or call the API with HTTP Basic; then create API keys
                     (POST /api/keys, or: ownerscope keys create NAME --role viewer) and change it
                     (ownerscope users passwd admin --password).
                    ================================================================================

                    """, password);
            System.err.flush();
            LOG.info("Created user 'admin' with a generated password, printed once on the console");
        } else {
            LOG.info("Created user 'admin' with the password of ownerscope.security.admin-password");
        }
    }

    static String generatedPassword() {
        var bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
