package io.ownerscope.network;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@EnableConfigurationProperties(NetworkSettings.class)
@Tag(name = "Graph", description = "The network around entities, for the graph canvas and the exports")
class NetworkController {

    private final NetworkRepository network;
    private final NetworkSettings settings;

    NetworkController(NetworkRepository network, NetworkSettings settings) {
        this.network = network;
        this.settings = settings;
    }

    @GetMapping("/api/graph")
    @Operation(summary = "The nodes within some hops of the entities named and the links between them: ownership, "
            + "control, directors, family, addresses, identity, listings and trade (one edge per exporter and "
            + "consignee), with their sources; hubs counted, not expanded")
    Subgraph graph(
            @RequestParam
            @Parameter(description = "Comma-separated ids of entities (or addresses, listings) to start from, 1 to 50")
            String ids,
            @RequestParam(required = false) @Parameter(description = "Hops around them, 0 to 3 (default 1)")
            Integer hops,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            @Parameter(description = "Only links valid and listings in force on this date, and shipments up to it "
                    + "(default: every link ever stated)") LocalDate asOf,
            @RequestParam(required = false)
            @Parameter(description = "Comma-separated kinds of link: OWNS, CONTROLS, DIRECTOR_OF, FAMILY_OF, "
                    + "ASSOCIATE_OF, REGISTERED_AT, SAME_AS, TARGETS, TRADE (default all)") String kinds,
            @RequestParam(required = false)
            @Parameter(description = "A node with more links of one kind than this is a hub: they are counted, not "
                    + "expanded (default 25)") Integer hubLimit) {
        return network.read(GraphRequest.of(ids, hops, asOf, kinds, hubLimit, settings));
    }
}
