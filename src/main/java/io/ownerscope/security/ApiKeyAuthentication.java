package io.ownerscope.security;

import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;

/** A request authenticated by an API key: the principal is the key's name, the role the key's. */
final class ApiKeyAuthentication extends AbstractAuthenticationToken {

    private final ApiKeys.Key key;

    ApiKeyAuthentication(ApiKeys.Key key) {
        super(List.of(key.role().authority()));
        this.key = key;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Object getPrincipal() {
        return key.name();
    }

    @Override
    public String getName() {
        return key.name();
    }

    String keyId() {
        return key.id();
    }
}
