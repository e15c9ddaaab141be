package io.ownerscope.queries;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;

/**
 * Has Neo4j plan every saved query as the service starts, a warm-up the service is reported ready after: planning
 * takes a few seconds on a fresh database. Invalid files are logged as they are found; a query asked for before its
 * turn is planned right away, and the catalog endpoint waits for all of them.
 */
final class QueryCatalogCheck implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(QueryCatalogCheck.class);

    private final QueryCatalog catalog;
    private volatile boolean stopping;

    QueryCatalogCheck(QueryCatalog catalog) {
        this.catalog = catalog;
    }

    void checkAll() {
        try {
            catalog.checkAll(() -> stopping);
            if (!stopping) {
                var invalid = catalog.invalid();
                LOG.info("Saved queries: {} ready{}", catalog.queries().size(), invalid.isEmpty() ? ""
                        : ", " + invalid.size() + " invalid ("
                        + String.join(", ", invalid.stream().map(QueryCatalog.InvalidQuery::name).toList()) + ")");
            }
        } catch (RuntimeException e) {
            if (!stopping) {
                LOG.warn("Could not check the saved queries at start-up ({}); each is checked when it first runs",
                        e.getMessage());
            }
        }
    }

    @Override
    public void destroy() {
        stopping = true;
    }
}
