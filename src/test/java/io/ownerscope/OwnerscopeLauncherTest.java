package io.ownerscope;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OwnerscopeLauncherTest {

    @Test
    void java21AndNewerStartTheApplication() {
        assertThat(OwnerscopeLauncher.refusal(21, "/jdk21")).isEmpty();
        assertThat(OwnerscopeLauncher.refusal(25, "/jdk25")).isEmpty();
    }

    @Test
    void anOlderJavaIsToldWhichJavaToUseInOneLine() {
        var refusal = OwnerscopeLauncher.refusal(17, "/usr/lib/jvm/java-17");

        assertThat(refusal).get().asString()
                .startsWith("error: ownerscope needs Java 21 or newer, but runs on Java 17 (/usr/lib/jvm/java-17)")
                .contains("JAVA_HOME", "$JAVA_HOME/bin/java -jar ownerscope.jar", "/bin/java")
                .doesNotContain("\n");
    }
}
