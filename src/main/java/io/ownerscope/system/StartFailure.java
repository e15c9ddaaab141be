package io.ownerscope.system;

import java.util.Optional;

import io.ownerscope.graph.EmbeddedStartException;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.springframework.boot.web.server.PortInUseException;

/**
 * Why the service or a command could not start, in the words both use: the cause, then the setting that fixes it.
 *
 * @param description what went wrong
 * @param action what to do about it, naming the setting
 */
public record StartFailure(String description, String action, Throwable cause) {

    /** The first cause in the chain that start-up knows how to explain; empty for any other failure. */
    public static Optional<StartFailure> of(Throwable failure) {
        for (var cause = failure; cause != null; cause = cause.getCause()) {
            var known = explain(cause);
            if (known.isPresent()) {
                return known;
            }
        }
        return Optional.empty();
    }

    private static Optional<StartFailure> explain(Throwable cause) {
        return switch (cause) {
            case EmbeddedStartException embedded ->
                    Optional.of(new StartFailure(embedded.getMessage(), embedded.action(), cause));
            case PortInUseException port -> Optional.of(new StartFailure(
                    "The HTTP port " + port.getPort() + " is in use by another process.",
                    "Stop that process, or choose another port: --server.port=8081 (0 picks a free one).", cause));
            case ServiceUnavailableException unreachable -> Optional.of(new StartFailure(
                    "Neo4j cannot be reached: " + firstLine(unreachable.getMessage()),
                    "Start that Neo4j, or point spring.neo4j.uri at one that runs "
                            + "(--spring.neo4j.uri=bolt://host:7687); leave it empty to run the embedded store.",
                    cause));
            case AuthenticationException refused -> Optional.of(new StartFailure(
                    "Neo4j refused the login: " + firstLine(refused.getMessage()),
                    "Give its user and password: --spring.neo4j.authentication.username=... "
                            + "--spring.neo4j.authentication.password=...", cause));
            default -> Optional.empty();
        };
    }

    /** The description and the action on one line, as the command line prints them. */
    public String oneLine() {
        return description + " " + action;
    }

    private static String firstLine(String message) {
        var text = String.valueOf(message).strip();
        var newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline).strip();
    }
}
