package io.ownerscope.network;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** How the exports write values: dates as ISO text, sources as {@code dataset:recordId}, lists joined. */
final class ExportValues {

    private ExportValues() {
    }

    /** A date as {@code 2024-01-31}, a time as UTC {@code 2024-01-31T10:15:00}; null stays null. */
    static String text(Object value) {
        return switch (value) {
            case null -> null;
            case ZonedDateTime time -> time.withZoneSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS)
                    .toLocalDateTime().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
            case OffsetDateTime time -> text(time.toZonedDateTime());
            default -> value.toString();
        };
    }

    /** {@code dataset:recordId} of each source, joined by "; ". */
    static String sources(List<Map<String, Object>> sources) {
        return String.join("; ", sources.stream()
                .map(source -> Objects.toString(source.get("dataset"), "") + ":"
                        + Objects.toString(source.get("recordId"), ""))
                .distinct().toList());
    }

    /** The first source URL any of the sources gives, or null. */
    static String sourceUrl(List<Map<String, Object>> sources) {
        return sources.stream().map(source -> (String) source.get("sourceUrl")).filter(Objects::nonNull)
                .findFirst().orElse(null);
    }

    /** What a weighted layout reads as the edge's strength: the share owned, the shipments, else 1. */
    static double weight(Subgraph.Edge edge) {
        if (edge.share() != null) {
            return edge.share();
        }
        return edge.shipments() != null ? edge.shipments() : 1.0;
    }

    /** The text without the characters XML 1.0 cannot hold (control characters but tab and line breaks). */
    static String xmlSafe(String text) {
        if (text == null) {
            return "";
        }
        var safe = new StringBuilder(text.length());
        text.codePoints().filter(c -> c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF
                || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000 && c <= 0x10FFFF).forEach(safe::appendCodePoint);
        return safe.toString();
    }
}
