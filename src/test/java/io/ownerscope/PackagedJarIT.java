package io.ownerscope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** {@code java -jar target/ownerscope.jar}, as packaged before the integration tests run. */
class PackagedJarIT {

    private static final Path JAR = Path.of("target", "ownerscope.jar");

    record Ended(int exit, String stdout, String stderr) {
    }

    @Test
    void anOldJavaIsToldInOneLineWhichJavaToUse() throws Exception {
        var java17 = java17();
        assumeTrue(java17 != null, "no Java 17 installed under /usr/lib/jvm: nothing to run the jar on");

        var ended = run(java17.toString(), "-jar", JAR.toString(), "--version");

        assertThat(ended.exit()).isOne();
        assertThat(ended.stderr().lines()).singleElement().asString()
                .startsWith("error: ownerscope needs Java 21 or newer, but runs on Java 17")
                .contains("JAVA_HOME");
        assertThat(ended.stderr()).doesNotContain("Exception", "\tat ");
    }

    @Test
    void theVersionIsAnsweredAtOnce() throws Exception {
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();

        var ended = run(java, "-jar", JAR.toString(), "--version");

        assertThat(ended.exit()).as(ended.stderr()).isZero();
        assertThat(ended.stdout().strip()).startsWith("ownerscope 0.");
    }

    private static Ended run(String... command) throws IOException, InterruptedException {
        assumeTrue(Files.exists(JAR), "target/ownerscope.jar is made by 'package', before the integration tests");
        var process = new ProcessBuilder(command).start();
        process.getOutputStream().close();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("no answer within 60 s: " + List.of(command));
        }
        return new Ended(process.exitValue(),
                new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    private static Path java17() throws IOException {
        var jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) {
            return null;
        }
        try (Stream<Path> homes = Files.list(jvms)) {
            return homes.filter(home -> home.getFileName().toString().contains("17"))
                    .map(home -> home.resolve("bin").resolve("java"))
                    .filter(Files::isExecutable)
                    .findFirst().orElse(null);
        }
    }
}
