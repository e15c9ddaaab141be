package io.ownerscope.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Date;
import java.util.List;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.ownerscope.testing.ApiClient;
import io.ownerscope.testing.RunningService;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Bearer JWTs of an identity provider, here a locally made key pair whose public half the service trusts. */
class SingleSignOnIT extends RunningService {

    private static final KeyPair PROVIDER = keyPair();
    private static final KeyPair STRANGER = keyPair();

    @DynamicPropertySource
    static void trustTheProvider(DynamicPropertyRegistry registry) throws Exception {
        var pem = Files.createTempFile("provider", ".pem");
        Files.writeString(pem, "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder().encodeToString(
                PROVIDER.getPublic().getEncoded()) + "\n-----END PUBLIC KEY-----\n");
        pem.toFile().deleteOnExit();
        registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location", () -> "file:" + pem);
        registry.add("ownerscope.security.role-claim", () -> "groups");
    }

    @Test
    void theRoleComesFromTheConfiguredClaim() throws Exception {
        var token = token(PROVIDER, "ana", List.of("staff", "analyst"));

        var me = ApiClient.json(ApiClient.withBearer(port, token).get("/api/me"));
        var recompute = ApiClient.withBearer(port, token).post("/api/designations/recompute", null,
                "application/json");

        assertThat(me.get("name").asString()).isEqualTo("ana");
        assertThat(me.get("role").asString()).isEqualTo("analyst");
        assertThat(me.get("via").asString()).isEqualTo("token");
        assertThat(recompute.statusCode()).isEqualTo(403);
    }

    @Test
    void aTokenSignedByAnotherKeyIsRefused() throws Exception {
        var response = ApiClient.withBearer(port, token(STRANGER, "eve", List.of("admin"))).get("/api/me");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
    }

    @Test
    void aTokenWithoutAKnownRoleMayDoNothing() throws Exception {
        var response = ApiClient.withBearer(port, token(PROVIDER, "guest", List.of("staff")))
                .get("/api/entities/anything");

        assertThat(response.statusCode()).isEqualTo(403);
    }

    private static String token(KeyPair key, String user, List<String> groups) throws JOSEException {
        var claims = new JWTClaimsSet.Builder().subject("id-" + user).claim("preferred_username", user)
                .claim("groups", groups).issueTime(new Date())
                .expirationTime(new Date(System.currentTimeMillis() + 600_000)).build();
        var jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
        jwt.sign(new RSASSASigner(key.getPrivate()));
        return jwt.serialize();
    }

    private static KeyPair keyPair() {
        try {
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
