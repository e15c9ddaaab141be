package io.ownerscope.demo;

import io.ownerscope.graph.EmbeddedNeo4j;
import io.ownerscope.graph.Graph;
import io.ownerscope.loading.LoadInput;
import io.ownerscope.loading.LoadService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * Loads the fictional demo case (shipped in the jar) through the canonical CSV loader when the service starts on
 * an empty embedded store, so that a first start has something to investigate. Never touches a configured server.
 */
@Component
@ConditionalOnWebApplication
@ConditionalOnProperty(name = "ownerscope.demo.enabled", havingValue = "true", matchIfMissing = true)
class DemoCaseLoader implements ApplicationRunner {

    static final String DATASET = "demo";
    private static final Logger LOG = LoggerFactory.getLogger(DemoCaseLoader.class);

    private final ObjectProvider<EmbeddedNeo4j> embedded;
    private final Graph graph;
    private final LoadService loader;

    DemoCaseLoader(ObjectProvider<EmbeddedNeo4j> embedded, Graph graph, LoadService loader) {
        this.embedded = embedded;
        this.graph = graph;
        this.loader = loader;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (embedded.getIfAvailable() == null || !storeIsEmpty()) {
            return;
        }
        var report = loader.load("csv", LoadInput.classpath(DATASET, DATASET));
        LOG.info("Loaded the demo case: {} entities, {} relationships, {} sanctions, {} shipments",
                report.counts().entities(), report.counts().relationships(), report.counts().sanctions(),
                report.counts().shipments());
        if (report.hasRejects()) {
            LOG.warn("The demo case has rejected rows: {}", report.rejects());
        }
    }

    private boolean storeIsEmpty() {
        // schema migrations and reference lists are written at every start: data is what loads write
        return graph.read(tx -> tx.run("RETURN NOT EXISTS { (:LoadRun) } AND NOT EXISTS { (:Entity) } AS empty")
                .single().get("empty").asBoolean());
    }
}
