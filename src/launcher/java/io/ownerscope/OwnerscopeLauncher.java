package io.ownerscope;

import java.lang.reflect.InvocationTargetException;
import java.util.Optional;

/**
 * The jar's entry point, compiled for Java 17 so that an older Java reads it: on a Java older than ownerscope needs
 * it says so in one line and exits 1, instead of failing with a stack trace on the first newer class. Otherwise it
 * hands over to {@code OwnerscopeApplication}, named by text so that this class links nothing compiled for Java 21.
 */
public final class OwnerscopeLauncher {

    static final int REQUIRED_FEATURE = 21;
    static final int TOO_OLD = 1;
    private static final String APPLICATION = "io.ownerscope.OwnerscopeApplication";

    private OwnerscopeLauncher() {
    }

    public static void main(String[] args) throws Throwable {
        var refusal = refusal(Runtime.version().feature(), System.getProperty("java.home"));
        if (refusal.isPresent()) {
            System.err.println(refusal.get());
            System.exit(TOO_OLD);
        }
        var main = Class.forName(APPLICATION, true, OwnerscopeLauncher.class.getClassLoader())
                .getMethod("main", String[].class);
        try {
            main.invoke(null, (Object) args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** The one line to print when this Java is too old; empty when it will do. */
    static Optional<String> refusal(int feature, String javaHome) {
        if (feature >= REQUIRED_FEATURE) {
            return Optional.empty();
        }
        return Optional.of("error: ownerscope needs Java " + REQUIRED_FEATURE + " or newer, but runs on Java " + feature
                + " (" + javaHome + "): run it with a JDK " + REQUIRED_FEATURE
                + "+ java, e.g. \"$JAVA_HOME/bin/java -jar ownerscope.jar\" with JAVA_HOME set to a JDK "
                + REQUIRED_FEATURE + " or newer, or \"/path/to/jdk-" + REQUIRED_FEATURE + "/bin/java -jar ownerscope.jar\"");
    }
}
