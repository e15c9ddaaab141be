package io.ownerscope.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

class JwtRolesTest {

    private static Jwt token(Map<String, Object> claims) {
        var builder = Jwt.withTokenValue("t").header("alg", "RS256").subject("sub-1").issuedAt(Instant.now());
        claims.forEach(builder::claim);
        return builder.build();
    }

    private static List<String> authorities(Map<String, Object> claims) {
        return new JwtRoles("roles").convert(token(claims)).getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).toList();
    }

    @Test
    void theHighestKnownRoleOfAListWins() {
        assertThat(authorities(Map.of("roles", List.of("viewer", "admin", "billing")))).containsExactly("ROLE_ADMIN");
    }

    @Test
    void aSpaceSeparatedClaimIsRead() {
        assertThat(authorities(Map.of("roles", "offline_access analyst"))).containsExactly("ROLE_ANALYST");
    }

    @Test
    void noKnownRoleGrantsNothing() {
        assertThat(authorities(Map.of("roles", List.of("billing")))).isEmpty();
        assertThat(authorities(Map.of("groups", List.of("admin")))).isEmpty();
    }

    @Test
    void theNameIsThePreferredUsernameElseTheSubject() {
        assertThat(new JwtRoles("roles").convert(token(Map.of("preferred_username", "ana"))).getName())
                .isEqualTo("ana");
        assertThat(new JwtRoles("roles").convert(token(Map.of("roles", "viewer"))).getName()).isEqualTo("sub-1");
    }
}
