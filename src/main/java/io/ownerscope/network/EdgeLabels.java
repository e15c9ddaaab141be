package io.ownerscope.network;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What an edge says in a few words, for the canvas and the exports: "80%", "director", "12 shipments, ...". */
final class EdgeLabels {

    /** HS headings named in a trade label; the rest are counted. */
    private static final int HEADINGS_SHOWN = 3;

    private EdgeLabels() {
    }

    static String of(String kind, Map<String, Object> facts) {
        return switch (kind) {
            case "OWNS" -> share(facts, "owner");
            case "CONTROLS" -> text(facts.get("interestType"), "controls");
            case "DIRECTOR_OF" -> text(facts.get("role"), "director");
            case "FAMILY_OF" -> text(facts.get("role"), "family");
            case "ASSOCIATE_OF" -> text(facts.get("role"), "associate");
            case "REGISTERED_AT" -> "registered at";
            case "SAME_AS" -> facts.get("scheme") == null ? "same entity"
                    : "decision".equals(facts.get("scheme")) ? "same entity (decided)"
                    : "same " + facts.get("scheme");
            case "TARGETS" -> listing(facts);
            default -> kind.toLowerCase(Locale.ROOT);
        };
    }

    /** {@code 12 shipments, HS 8542, 8541, USD 1,234.00}: the count, the 4-digit headings, the total value. */
    static String trade(long shipments, List<String> hsCodes, BigDecimal value) {
        var label = new StringBuilder().append(shipments).append(shipments == 1 ? " shipment" : " shipments");
        var headings = hsCodes.stream().map(code -> code.length() > 4 ? code.substring(0, 4) : code).distinct()
                .toList();
        if (!headings.isEmpty()) {
            label.append(", HS ").append(String.join(", ", headings.subList(0, Math.min(HEADINGS_SHOWN,
                    headings.size()))));
            if (headings.size() > HEADINGS_SHOWN) {
                label.append(" +").append(headings.size() - HEADINGS_SHOWN);
            }
        }
        if (value != null) {
            label.append(", USD ").append(String.format(Locale.ROOT, "%,.2f", value));
        }
        return label.toString();
    }

    private static String share(Map<String, Object> facts, String otherwise) {
        if (facts.get("share") instanceof Number share) {
            return percent(share) + "%";
        }
        if (facts.get("shareMin") instanceof Number min && facts.get("shareMax") instanceof Number max) {
            return percent(min) + "–" + percent(max) + "%";
        }
        return text(facts.get("interestType"), otherwise);
    }

    private static String listing(Map<String, Object> facts) {
        var program = facts.get("program") == null ? "" : " " + facts.get("program");
        var authority = facts.get("authority") == null ? "listed" : facts.get("authority") + program;
        return facts.get("listedOn") == null ? authority : authority + " since " + facts.get("listedOn");
    }

    private static String percent(Number number) {
        return new BigDecimal(number.toString()).stripTrailingZeros().toPlainString();
    }

    private static String text(Object value, String otherwise) {
        return value == null || value.toString().isBlank() ? otherwise : value.toString().replace('_', ' ');
    }
}
