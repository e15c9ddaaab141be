package io.ownerscope.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of access control.
 *
 * @param adminPassword password of user {@code admin} when it is created at the first start; empty: one is
 *        generated and printed once
 * @param adminKey an API key with the admin role, seeded at every start for automation (deploy scripts, tests);
 *        empty: none
 * @param allowedHosts names the service answers to in the {@code Host} header besides the loopback names;
 *        {@code *} for any (behind a proxy that checks it)
 * @param corsOrigins origins a browser may call the API from; empty: none (CORS closed)
 * @param requestsPerMinute requests each user or key may make per minute before 429
 * @param roleClaim claim of a bearer JWT that holds the role (viewer, analyst or admin; a list takes the highest)
 */
@ConfigurationProperties("ownerscope.security")
record SecuritySettings(String adminPassword, String adminKey, @DefaultValue List<String> allowedHosts,
        @DefaultValue List<String> corsOrigins, @DefaultValue("600") int requestsPerMinute,
        @DefaultValue("roles") String roleClaim) {

    SecuritySettings {
        if (requestsPerMinute < 1) {
            throw new IllegalArgumentException("ownerscope.security.requests-per-minute must be at least 1");
        }
        if (adminKey != null && !adminKey.isBlank() && adminKey.length() < 24) {
            throw new IllegalArgumentException("ownerscope.security.admin-key must be at least 24 characters");
        }
        allowedHosts = List.copyOf(allowedHosts);
        corsOrigins = List.copyOf(corsOrigins);
    }

    boolean hasAdminPassword() {
        return adminPassword != null && !adminPassword.isBlank();
    }

    boolean hasAdminKey() {
        return adminKey != null && !adminKey.isBlank();
    }
}
