package io.ownerscope.entities;

import io.ownerscope.system.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/entities")
@Tag(name = "Entities", description = "Companies, persons and organizations with their sources, listings and links")
class EntityController {

    private final EntityRepository entities;

    EntityController(EntityRepository entities) {
        this.entities = entities;
    }

    @GetMapping("/{id}")
    @Operation(summary = "One entity: labels, properties, sources, sanctions, relationships in and out")
    EntityDetails entity(@PathVariable @Size(max = 500) String id) {
        return entities.find(id).orElseThrow(() -> new NotFoundException("No entity with id '" + id + "'"));
    }

    @GetMapping
    @Operation(summary = "Full-text search over names and aliases (any script), best match first, paged")
    SearchResults search(
            @RequestParam @NotBlank @Size(max = 200) @Parameter(description = "Name or part of it") String name,
            @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return entities.search(name, page, size);
    }
}
