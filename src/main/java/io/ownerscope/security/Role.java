package io.ownerscope.security;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** What a user or key may do; each role may do all that the one before it may. */
public enum Role {
    /** Reads everything: entities, search, match, owners, designations, paths, exposure, chains, red flags. */
    VIEWER,
    /** A viewer who also runs saved queries and records resolution decisions. */
    ANALYST,
    /** An analyst who also recomputes, and manages users, keys and the audit trail. */
    ADMIN;

    /** The role named in lower case, as users write it; an unknown name is refused with the allowed ones. */
    public static Role parse(String name) {
        if (name != null) {
            for (var role : values()) {
                if (role.label().equals(name.strip().toLowerCase(Locale.ROOT))) {
                    return role;
                }
            }
        }
        throw new IllegalArgumentException("role '" + name + "' is not one of " + labels());
    }

    public static String labels() {
        return Arrays.stream(values()).map(Role::label).collect(Collectors.joining(", "));
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    GrantedAuthority authority() {
        return new SimpleGrantedAuthority("ROLE_" + name());
    }

    static String hierarchy() {
        return "ROLE_ADMIN > ROLE_ANALYST\nROLE_ANALYST > ROLE_VIEWER";
    }
}
