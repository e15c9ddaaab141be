package io.ownerscope.chains;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The nodes of a chains answer, for its export: supplier, intermediary and consignee of each chain, and the parties
 * and addresses on its links to designated parties.
 */
final class ChainExports {

    private ChainExports() {
    }

    static Set<String> ids(ChainViews.ChainsView view) {
        var ids = new LinkedHashSet<String>();
        for (var chain : view.chains()) {
            for (var party : new ChainViews.PartyView[] {chain.supplier(), chain.intermediary(), chain.consignee()}) {
                if (party != null) {
                    ids.add(party.id());
                }
            }
            if (chain.link() != null) {
                add(ids, chain.link());
            }
            if (chain.links() != null) {
                chain.links().forEach(link -> add(ids, link));
            }
        }
        ids.remove(null);
        return ids;
    }

    private static void add(Set<String> ids, ChainViews.LinkView link) {
        if (link.party() != null) {
            ids.add(link.party().id());
        }
        for (var hop : link.path()) {
            ids.add(hop.from());
            ids.add(hop.to());
        }
    }
}
