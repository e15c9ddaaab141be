package io.ownerscope.cases;

import java.security.Principal;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@RequestMapping("/api/cases")
@Tag(name = "Cases", description = "Investigations saved from the canvas: entities, positions, notes, as-of date")
class CasesController {

    private final Cases cases;

    CasesController(Cases cases) {
        this.cases = cases;
    }

    @GetMapping
    @Operation(summary = "The saved cases, last changed first (at most 1,000), without their canvases")
    List<CaseSummary> list() {
        return cases.list();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Save a canvas as a named case (1 to 500 entities, each once, each an entity of the "
            + "graph); the caller is recorded as its maker")
    CaseView create(@RequestBody @Validated CaseRequest request, Principal caller) {
        return cases.create(request, caller.getName());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One case with its canvas: the entities with their positions and notes")
    CaseView find(@PathVariable @Size(max = 100) String id) {
        return cases.find(id);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Replace what a case holds; the caller is recorded as who changed it")
    CaseView replace(@PathVariable @Size(max = 100) String id, @RequestBody @Validated CaseRequest request,
            Principal caller) {
        return cases.replace(id, request, caller.getName());
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a case: its maker or an admin may")
    void delete(@PathVariable @Size(max = 100) String id, Principal caller, HttpServletRequest request) {
        cases.delete(id, caller.getName(), request.isUserInRole("ADMIN"));
    }
}
