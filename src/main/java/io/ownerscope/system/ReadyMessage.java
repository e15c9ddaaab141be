package io.ownerscope.system;

import io.ownerscope.graph.EmbeddedNeo4j;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Tells the user, once started, where the API, its documentation and the graph are. */
@Component
@ConditionalOnWebApplication
class ReadyMessage {

    private static final Logger LOG = LoggerFactory.getLogger(ReadyMessage.class);

    private final Environment environment;
    private final ObjectProvider<EmbeddedNeo4j> embedded;

    ReadyMessage(Environment environment, ObjectProvider<EmbeddedNeo4j> embedded) {
        this.environment = environment;
        this.embedded = embedded;
    }

    @EventListener(ApplicationReadyEvent.class)
    void ready() {
        var port = environment.getProperty("local.server.port", "8080");
        var base = "http://localhost:" + port;
        var ui = "http://" + uiHost(environment.getProperty("server.address", "127.0.0.1")) + ":" + port + "/";
        var neo4j = embedded.getIfAvailable();
        var graph = neo4j != null
                ? neo4j.boltUri() + " (embedded, store " + neo4j.settings().storePath() + ")"
                : environment.getProperty("spring.neo4j.uri");
        LOG.info("""

                ownerscope is ready
                  Web UI       {}  (the demo case: search "Steppe Lynx")
                  API          {}/api/entities?name=...
                  Queries      {}/api/queries
                  Swagger UI   {}/swagger-ui.html
                  OpenAPI      {}/v3/api-docs
                  Health       {}/actuator/health
                  Neo4j        {}
                  Log in       {}/login as admin (its password was printed at the first start, or is
                               ownerscope.security.admin-password); scripts send an API key in header X-API-Key
                               (ownerscope keys create NAME --role viewer)""", ui, base, base, base, base, base, graph, base);
    }

    /** Where a browser on this machine reaches the service: its address, or the loopback one for all interfaces. */
    static String uiHost(String address) {
        if (address == null || address.isBlank() || address.equals("0.0.0.0") || address.equals("::")
                || address.equals("localhost")) {
            return "127.0.0.1";
        }
        return address.contains(":") ? "[" + address + "]" : address;
    }
}
