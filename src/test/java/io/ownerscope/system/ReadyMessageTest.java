package io.ownerscope.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The ready message names the web UI at an address a browser on this machine opens. */
class ReadyMessageTest {

    @Test
    void theUiIsOnTheLoopbackAddressUnlessTheServiceListensOnAnotherOne() {
        assertThat(ReadyMessage.uiHost("127.0.0.1")).isEqualTo("127.0.0.1");
        assertThat(ReadyMessage.uiHost("0.0.0.0")).isEqualTo("127.0.0.1");
        assertThat(ReadyMessage.uiHost("")).isEqualTo("127.0.0.1");
        assertThat(ReadyMessage.uiHost("10.1.2.3")).isEqualTo("10.1.2.3");
        assertThat(ReadyMessage.uiHost("::1")).isEqualTo("[::1]");
    }
}
