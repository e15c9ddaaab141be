package io.ownerscope.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Properties;

import picocli.CommandLine;

/** The version the build wrote into the jar ({@code META-INF/build-info.properties}), read without any Spring. */
final class Version implements CommandLine.IVersionProvider {

    private static final String BUILD_INFO = "/META-INF/build-info.properties";

    @Override
    public String[] getVersion() {
        return new String[] {"ownerscope " + number()};
    }

    static String number() {
        try (var in = Version.class.getResourceAsStream(BUILD_INFO)) {
            if (in == null) {
                return "(unknown: built without build-info)";
            }
            var info = new Properties();
            info.load(in);
            return info.getProperty("build.version", "(unknown)");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + BUILD_INFO, e);
        }
    }
}
