package io.ownerscope.entities;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;

import io.ownerscope.matching.MatchRecord;
import io.ownerscope.matching.Schema;
import io.ownerscope.screening.Screening;
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

    /** Score from which a match across scripts is listed among the search results. */
    private static final double ACROSS_SCRIPTS = 0.6;

    private final EntityRepository entities;
    private final Screening screening;

    EntityController(EntityRepository entities, Screening screening) {
        this.entities = entities;
        this.screening = screening;
    }

    @GetMapping("/{id}")
    @Operation(summary = "One entity: its facts, sources, sanctions and designations; its links counted by kind "
            + "(trade with its main counterparties); its ownership, control, directors, addresses and family in full")
    EntityDetails entity(@PathVariable @Size(max = 500) String id) {
        return entities.find(id).orElseThrow(() -> new NotFoundException("No entity with id '" + id + "'"));
    }

    @GetMapping
    @Operation(summary = "Search by identifier or name: records that state what was typed as an identifier (INN, "
            + "OGRN, BIN, LEI, IMO, registration number; spaces, dashes, an \"IMO\" prefix and case ignored) come "
            + "first; then words of names and aliases as written, best first, paged; when they find less than a "
            + "page, records in other scripts and spellings follow (matched on transliterated and phonetic name keys)")
    SearchResults search(
            @RequestParam @NotBlank @Size(max = 200) @Parameter(description = "Identifier, name or part of a name")
            String name,
            @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        var identified = page == 0 ? entities.searchIdentifiers(name, size) : List.<SearchResults.Hit>of();
        var words = entities.search(name, page, size);
        var found = new HashSet<String>();
        var results = new ArrayList<SearchResults.Hit>();
        for (var hit : identified) {
            found.add(hit.id());
            results.add(hit);
        }
        for (var hit : words.results()) {
            if (results.size() < size && found.add(hit.id())) {
                results.add(hit);
            }
        }
        var wordIds = words.results().stream().map(SearchResults.Hit::id).toList();
        long total = words.total() + identified.stream().filter(hit -> !wordIds.contains(hit.id())).count();
        if (page > 0 || words.results().size() >= size) {
            return new SearchResults(name, page, size, total, words.totalRelation(), results);
        }
        // the words as written found less than a page: records in other scripts and spellings follow
        int before = results.size();
        for (var candidate : screening.screen(MatchRecord.of(Schema.LEGAL_ENTITY, name), size)) {
            if (results.size() < size && candidate.score().score() >= ACROSS_SCRIPTS && found.add(candidate.id())) {
                results.add(new SearchResults.Hit(candidate.id(), labels(candidate), candidate.caption(),
                        country(candidate), candidate.score().score(), candidate.listed(), "name keys", null));
            }
        }
        return new SearchResults(name, page, size, total + results.size() - before, words.totalRelation(), results);
    }

    private static List<String> labels(Screening.Candidate candidate) {
        return List.of(switch (candidate.schema()) {
            case PERSON -> "Person";
            case ORGANIZATION -> "Organization";
            default -> "Company";
        });
    }

    private static String country(Screening.Candidate candidate) {
        var countries = candidate.properties().getOrDefault("country", List.of());
        return countries.isEmpty() ? null : countries.getFirst().toUpperCase(Locale.ROOT);
    }
}
