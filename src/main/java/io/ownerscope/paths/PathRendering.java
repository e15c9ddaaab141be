package io.ownerscope.paths;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Turns a path of entity ids into its steps (entities, links as traversed, sources) and into plain words. */
final class PathRendering {

    private final Explored explored;

    PathRendering(Explored explored) {
        this.explored = explored;
    }

    PathViews.PathView view(List<String> path) {
        var steps = new ArrayList<PathViews.StepView>();
        steps.add(new PathViews.StepView(explored.node(path.getFirst()), List.of()));
        for (int i = 1; i < path.size(); i++) {
            var previous = path.get(i - 1);
            var links = explored.links(previous, path.get(i)).stream().map(link -> new PathViews.LinkView(
                    link.group().apiName(), link.type(), direction(link, previous), link.startId(), link.endId(),
                    link.details(), link.sources())).toList();
            steps.add(new PathViews.StepView(explored.node(path.get(i)), links));
        }
        return new PathViews.PathView(path.size() - 1, steps);
    }

    private static String direction(Link link, String previous) {
        if (link.group() == LinkGroup.ADDRESS) {
            return "shared";
        }
        return link.startId().equals(previous) ? "outgoing" : "incoming";
    }

    /**
     * E.g. "Steppe Lynx Trading LLP ships to OOO Nordlait Komponent (106 shipments, 2022-08-27 to 2024-12-26), which
     * is owned 80% by Peristera Investments Ltd, which is owned 40% by AO NPO Strezhen; AO NPO Strezhen is listed by
     * OFAC under RUSSIA-EO14024 on 2022-06-28."
     */
    String explain(List<String> path, Network.Designation designation) {
        var text = new StringBuilder(name(path.getFirst()));
        if (path.size() == 1) {
            return text.append(" itself ").append(designated(designation)).append('.').toString();
        }
        for (int i = 1; i < path.size(); i++) {
            var previous = path.get(i - 1);
            var link = explored.links(previous, path.get(i)).getFirst();
            text.append(i == 1 ? " " : ", which ").append(phrase(link, previous, name(path.get(i))));
        }
        return text.append("; ").append(name(path.getLast())).append(' ').append(designated(designation))
                .append('.').toString();
    }

    private static String phrase(Link link, String previous, String other) {
        var d = link.details();
        boolean forward = link.startId().equals(previous);
        return switch (link.group()) {
            case OWNERSHIP -> forward ? "owns " + share(d) + "of " + other : "is owned " + share(d) + "by " + other;
            case CONTROL -> (forward ? "controls " + other : "is controlled by " + other) + qualifier(d.get("interestType"));
            case DIRECTORSHIP -> forward ? "is " + role(d) + " of " + other : "has " + other + " as " + role(d);
            case FAMILY -> (link.type().equals("FAMILY_OF") ? "is family of " : "is an associate of ") + other
                    + qualifier(d.get("role"));
            case IDENTITY -> "is the same party as " + other + qualifier(d.get("scheme") == null ? null
                    : d.get("scheme") + " " + d.getOrDefault("value", ""));
            case TRADE -> (forward ? "ships to " : "receives shipments from ") + other + " (" + shipments(d) + ")";
            case ADDRESS -> "shares the address " + ((Map<?, ?>) d.get("address")).get("full") + " with " + other;
        };
    }

    private static String share(Map<String, Object> d) {
        if (d.get("share") instanceof Number share) {
            return number(share.doubleValue()) + "% ";
        }
        if (d.get("shareMin") instanceof Number min && d.get("shareMax") instanceof Number max) {
            return number(min.doubleValue()) + "–" + number(max.doubleValue()) + "% ";
        }
        return "";
    }

    private static String role(Map<String, Object> d) {
        return d.get("role") instanceof String role && !role.isBlank() ? role : "director";
    }

    private static String shipments(Map<String, Object> d) {
        long count = ((Number) d.get("shipmentCount")).longValue();
        var text = count + (count == 1 ? " shipment" : " shipments");
        if (d.get("firstDate") != null) {
            text += d.get("firstDate").equals(d.get("lastDate")) ? " on " + d.get("firstDate")
                    : ", " + d.get("firstDate") + " to " + d.get("lastDate");
        }
        return text;
    }

    private static String qualifier(Object value) {
        return value == null || value.toString().isBlank() ? "" : " (" + value + ")";
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.2f", value)
                .replaceAll("0+$", "");
    }

    private String name(String id) {
        var node = explored.node(id);
        return node == null || node.name() == null ? id : node.name();
    }

    private static String designated(Network.Designation designation) {
        var parts = new ArrayList<String>();
        for (var listing : designation.listings()) {
            var part = "by " + listing.get("authority") + " under " + listing.get("program");
            if (listing.get("listedOn") != null) {
                part += " on " + listing.get("listedOn");
            }
            parts.add(part);
        }
        var text = parts.isEmpty() ? "" : "is listed " + String.join(", ", parts);
        var regimes = designation.derived().stream().map(d -> String.valueOf(d.get("regime"))).toList();
        if (!regimes.isEmpty()) {
            text += (text.isEmpty() ? "is " : " and ") + "designated under " + String.join(", ", regimes)
                    + " as owned or controlled by designated parties";
        }
        return text;
    }
}
