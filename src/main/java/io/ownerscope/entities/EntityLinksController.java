package io.ownerscope.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.ownerscope.system.BadRequestException;
import io.ownerscope.system.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/entities/{id}")
@Tag(name = "Entities")
class EntityLinksController {

    private final EntityLinks links;

    EntityLinksController(EntityLinks links) {
        this.links = links;
    }

    @GetMapping("/shipments")
    @Operation(summary = "An entity's shipments, oldest first, paged; by direction, counterparty, HS code prefix and "
            + "date range; total counts all the filter selects")
    ShipmentPage shipments(@PathVariable @Size(max = 500) String id,
            @RequestParam(required = false) @Parameter(description = "in, out or both (default)") String direction,
            @RequestParam(required = false) @Parameter(description = "The other party's id") String counterparty,
            @RequestParam(required = false) @Parameter(description = "HS code or its first digits") String hs,
            @RequestParam(required = false) @Parameter(description = "First date, yyyy-MM-dd") String from,
            @RequestParam(required = false) @Parameter(description = "Last date, yyyy-MM-dd") String to,
            @RequestParam(defaultValue = "50") @Parameter(description = "1 to 200") int limit,
            @RequestParam(defaultValue = "0") int offset) {
        var filter = ShipmentFilter.of(direction, counterparty, hs, from, to);
        return links.shipments(id, filter, Paging.of(limit, offset)).orElseThrow(() -> notFound(id));
    }

    @GetMapping("/relationships")
    @Operation(summary = "An entity's relationships of some types, either way, with their sources, paged")
    RelationshipPage relationships(@PathVariable @Size(max = 500) String id,
            @RequestParam(required = false) @Parameter(description = "Comma-separated relationship types, e.g. "
                    + "OWNS,DIRECTOR_OF; all when left out") String types,
            @RequestParam(defaultValue = "50") @Parameter(description = "1 to 200") int limit,
            @RequestParam(defaultValue = "0") int offset) {
        var paging = Paging.of(limit, offset);
        return links.relationships(id, typesOf(types), paging).orElseThrow(() -> notFound(id));
    }

    private static List<String> typesOf(String types) {
        if (types == null || types.isBlank()) {
            return LinkTypes.PAGED;
        }
        var chosen = new ArrayList<String>();
        for (var type : types.split(",")) {
            var name = type.strip().toUpperCase(Locale.ROOT);
            if (!LinkTypes.PAGED.contains(name)) {
                throw new BadRequestException("types: '" + type.strip() + "' is not allowed; expected one or more of "
                        + String.join(", ", LinkTypes.PAGED));
            }
            if (!chosen.contains(name)) {
                chosen.add(name);
            }
        }
        return chosen;
    }

    private static NotFoundException notFound(String id) {
        return new NotFoundException("No entity with id '" + id + "'");
    }
}
