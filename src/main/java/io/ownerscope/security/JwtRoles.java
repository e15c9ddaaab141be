package io.ownerscope.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * The role of a bearer token from single sign-on: the claim {@code ownerscope.security.role-claim} (a name or a list
 * of names; the highest known role wins; none known: authenticated but allowed nothing). The principal is the
 * token's {@code preferred_username}, else its subject.
 */
final class JwtRoles implements Converter<Jwt, AbstractAuthenticationToken> {

    private final String claim;

    JwtRoles(String claim) {
        this.claim = claim;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        var authorities = highestRole(jwt).map(role -> List.of(role.authority())).orElse(List.of());
        var name = Optional.ofNullable(jwt.getClaimAsString("preferred_username")).orElse(jwt.getSubject());
        return new JwtAuthenticationToken(jwt, authorities, name);
    }

    private Optional<Role> highestRole(Jwt jwt) {
        var value = jwt.getClaims().get(claim);
        var names = new ArrayList<String>();
        if (value instanceof Collection<?> values) {
            values.forEach(v -> names.add(String.valueOf(v)));
        } else if (value != null) {
            names.addAll(List.of(String.valueOf(value).split("[,\\s]+")));
        }
        Role highest = null;
        for (var name : names) {
            try {
                var role = Role.parse(name);
                if (highest == null || role.compareTo(highest) > 0) {
                    highest = role;
                }
            } catch (IllegalArgumentException e) {
                // a role of another application in the same token
            }
        }
        return Optional.ofNullable(highest);
    }
}
