package io.ownerscope.queries;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;

/**
 * Has Neo4j plan every saved query once the service is up, on a thread of its own: planning takes a few seconds
 * on a fresh database, and the service need not wait for it. Invalid files are logged as they are found; a query
 * asked for before its turn is planned right away, and the catalog endpoint waits for all of them.
 */
final class QueryCatalogCheck implements ApplicationListener<ApplicationReadyEvent>, DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(QueryCatalogCheck.class);

    private final QueryCatalog catalog;
    private volatile boolean stopping;

    QueryCatalogCheck(QueryCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        Thread.ofPlatform().daemon().name("saved-query-check").start(this::checkAll);
    }

    private void checkAll() {
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
