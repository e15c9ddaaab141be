package io.ownerscope.identity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Identity", description = "Records of different sources linked as one entity by strong identifiers")
class IdentityController {

    private final IdentityLinks links;

    IdentityController(IdentityLinks links) {
        this.links = links;
    }

    @PostMapping("/api/identity/recompute")
    @Operation(summary = "Relink the whole graph: SAME_AS between records sharing an INN, OGRN, BIN, LEI or IMO "
            + "number; reports placeholder values shared by too many records; refreshes the designations on change")
    IdentityLinks.Counts recompute() {
        return links.relinkAll();
    }
}
