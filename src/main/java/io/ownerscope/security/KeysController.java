package io.ownerscope.security;

import java.security.Principal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@Tag(name = "Access", description = "Users, API keys and who is calling")
class KeysController {

    private final ApiKeys keys;

    KeysController(ApiKeys keys) {
        this.keys = keys;
    }

    /** A key to create: its name, role (viewer, analyst or admin) and, optionally, when it expires. */
    record NewKey(@NotBlank @Size(max = 100) String name, @NotBlank String role, OffsetDateTime expiresAt) {
    }

    @PostMapping("/api/keys")
    @Operation(summary = "Create an API key; the answer's key is its secret, shown this once only: send it in "
            + "header X-API-Key")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> create(@RequestBody @Validated NewKey key, Principal principal) {
        return keys.create(key.name(), UsersController.role(key.role()), key.expiresAt(), principal.getName());
    }

    @GetMapping("/api/keys")
    @Operation(summary = "The API keys (never a secret)")
    List<Map<String, Object>> list(@RequestParam(defaultValue = "false")
            @Parameter(description = "List the revoked keys too") boolean revoked) {
        return keys.list(revoked);
    }

    @DeleteMapping("/api/keys/{id}")
    @Operation(summary = "Revoke a key; the next request with it is refused")
    Map<String, Object> revoke(@PathVariable @Size(max = 100) String id) {
        return keys.revoke(id);
    }
}
