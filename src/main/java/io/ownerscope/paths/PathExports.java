package io.ownerscope.paths;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** The nodes of a path or exposure answer, for its export: the entities on its paths and the addresses they share. */
final class PathExports {

    private PathExports() {
    }

    static Set<String> ids(PathViews.PathsView view) {
        var ids = new LinkedHashSet<String>();
        ids.add(view.from().id());
        ids.add(view.to().id());
        view.paths().forEach(path -> add(ids, path));
        return ids;
    }

    static Set<String> ids(PathViews.ExposureView view) {
        var ids = new LinkedHashSet<String>();
        ids.add(view.entity().id());
        for (var designated : view.designated()) {
            ids.add(designated.party().id());
            designated.paths().forEach(path -> add(ids, path));
        }
        return ids;
    }

    private static void add(Set<String> ids, PathViews.PathView path) {
        for (var step : path.steps()) {
            ids.add(step.node().id());
            for (var link : step.links()) {
                if (link.details() != null && link.details().get("address") instanceof Map<?, ?> address
                        && address.get("id") instanceof String addressId) {
                    ids.add(addressId);
                }
            }
        }
    }
}
