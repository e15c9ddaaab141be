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
import java.util.Set;

import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;

/**
 * The user and password of the embedded store's Bolt connector. A configured password wins; otherwise a password is
 * generated at the store's first start and kept in a file of the store that only its owner may read.
 *
 * @param generated true when this start made the password up: it is kept, then shown once
 */
record BoltCredentials(String user, String password, boolean generated, boolean configured) {

    static final String USER = "neo4j";
    static final String PASSWORD_FILE = "bolt-password";

    /** Letters and digits only: nothing a shell, a URL or a command line option would read otherwise. */
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final int PASSWORD_LENGTH = 32;
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    /** The credentials a start will use; nothing is written until {@link #keep(Path)}. */
    static BoltCredentials of(EmbeddedSettings settings, Path storeHome) {
        if (settings.hasPassword()) {
            return new BoltCredentials(USER, settings.password(), false, true);
        }
        var file = storeHome.resolve(PASSWORD_FILE);
        try {
            if (Files.exists(file)) {
                var kept = Files.readString(file, StandardCharsets.UTF_8).strip();
                if (!kept.isEmpty()) {
                    return new BoltCredentials(USER, kept, false, false);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the Bolt password from " + file, e);
        }
        return new BoltCredentials(USER, generatePassword(), true, false);
    }

    /**
     * Once the store runs with these credentials: a generated password is written to the store's file; a configured
     * one removes the file, which would name a password that no longer holds.
     */
    void keep(Path storeHome) {
        var file = storeHome.resolve(PASSWORD_FILE);
        try {
            if (configured) {
                Files.deleteIfExists(file);
            } else if (generated) {
                Files.deleteIfExists(file);
                write(file, password);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the Bolt password in " + file, e);
        }
    }

    AuthToken authToken() {
        return AuthTokens.basic(user, password);
    }

    private static String generatePassword() {
        var random = new SecureRandom();
        var password = new StringBuilder(PASSWORD_LENGTH);
        for (int i = 0; i < PASSWORD_LENGTH; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
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
        return "BoltCredentials[user=" + user + ", password=(hidden), generated=" + generated + ", configured="
                + configured + "]";
    }
}
