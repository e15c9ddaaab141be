package io.ownerscope.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;

/**
 * The user and password of the embedded store's Bolt connector. A configured password wins; otherwise a password is
 * generated at the store's first start and kept in a file beside the store that only its owner may read.
 *
 * @param generated true when this start made the password up, so that it is shown once
 */
record BoltCredentials(String user, String password, boolean generated) {

    static final String USER = "neo4j";
    static final String PASSWORD_FILE = "bolt-password";

    private static final int PASSWORD_BYTES = 24;
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    static BoltCredentials of(EmbeddedSettings settings, Path storeHome) {
        var file = storeHome.resolve(PASSWORD_FILE);
        try {
            if (settings.hasPassword()) {
                // a file left from an earlier start would name a password that no longer holds
                Files.deleteIfExists(file);
                return new BoltCredentials(USER, settings.password(), false);
            }
            if (Files.exists(file)) {
                var kept = Files.readString(file, StandardCharsets.UTF_8).strip();
                if (!kept.isEmpty()) {
                    return new BoltCredentials(USER, kept, false);
                }
                Files.delete(file);
            }
            var generated = generatePassword();
            write(file, generated);
            return new BoltCredentials(USER, generated, true);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the Bolt password in " + file, e);
        }
    }

    AuthToken authToken() {
        return AuthTokens.basic(user, password);
    }

    private static String generatePassword() {
        var bytes = new byte[PASSWORD_BYTES];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Created readable by its owner only from the start, so that the password is never readable by others. */
    private static void write(Path file, String password) throws IOException {
        Files.createDirectories(file.getParent());
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } else {
            Files.createFile(file);
        }
        Files.writeString(file, password + System.lineSeparator(), StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "BoltCredentials[user=" + user + ", password=(hidden), generated=" + generated + "]";
    }
}
