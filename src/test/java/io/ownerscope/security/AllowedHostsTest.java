package io.ownerscope.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class AllowedHostsTest {

    private static SecuritySettings allowing(String... hosts) {
        return new SecuritySettings(null, null, List.of(hosts), List.of(), 600, "roles");
    }

    @Test
    void onLoopbackOnlyLoopbackNamesAreServed() {
        var hosts = new AllowedHosts(allowing(), "127.0.0.1");

        assertThat(hosts.test("localhost")).isTrue();
        assertThat(hosts.test("127.0.0.1")).isTrue();
        assertThat(hosts.test("[::1]")).isTrue();
        assertThat(hosts.test("rebound.attacker.example")).isFalse();
        assertThat(hosts.test(null)).isFalse();
    }

    @Test
    void beyondLoopbackTheNamesMustBeConfigured() {
        assertThatThrownBy(() -> new AllowedHosts(allowing(), "0.0.0.0"))
                .hasMessageContaining("ownerscope.security.allowed-hosts");
        assertThatThrownBy(() -> new AllowedHosts(allowing(), null)).hasMessageContaining("all interfaces");

        var hosts = new AllowedHosts(allowing("ownerscope.example.org"), "0.0.0.0");
        assertThat(hosts.test("OwnerScope.example.org")).isTrue();
        assertThat(hosts.test("other.example.org")).isFalse();
    }

    @Test
    void aStarServesAnyNameForAProxyThatChecksThem() {
        assertThat(new AllowedHosts(allowing("*"), "0.0.0.0").test("anything.example")).isTrue();
    }
}
