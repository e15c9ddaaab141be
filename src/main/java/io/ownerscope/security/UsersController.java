package io.ownerscope.security;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.ownerscope.system.BadRequestException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@Tag(name = "Access", description = "Users, API keys and who is calling")
class UsersController {

    private final Users users;

    UsersController(Users users) {
        this.users = users;
    }

    /** A new user; without a password one is generated and shown in the answer, once. */
    record NewUser(@NotBlank @Size(max = 64) String username, @NotBlank String role, @Size(max = 128) String password) {
    }

    record NewPassword(@NotBlank @Size(max = 128) String password) {
    }

    record NewRole(@NotBlank String role) {
    }

    @GetMapping("/api/me")
    @Operation(summary = "Who the caller is and what its role allows")
    Map<String, Object> me(Authentication authentication) {
        var role = authentication.getAuthorities().stream().map(a -> a.getAuthority().replace("ROLE_", ""))
                .map(String::toLowerCase).findFirst().orElse(null);
        var answer = new LinkedHashMap<String, Object>();
        answer.put("name", authentication.getName());
        answer.put("role", role);
        answer.put("via", SecurityConfiguration.via(authentication));
        return answer;
    }

    @GetMapping("/api/users")
    @Operation(summary = "The users and their roles (never a password)")
    List<Map<String, Object>> list() {
        return users.list();
    }

    @PostMapping("/api/users")
    @Operation(summary = "Add a user with a role (viewer, analyst or admin); a password left out is generated and "
            + "shown in this answer only")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> add(@RequestBody @Validated NewUser user, Principal principal) {
        var role = role(user.role());
        var password = user.password() == null || user.password().isBlank() ? FirstStart.generatedPassword()
                : user.password();
        users.add(user.username(), password, role, principal.getName());
        var answer = new LinkedHashMap<String, Object>();
        answer.put("username", user.username());
        answer.put("role", role.label());
        if (user.password() == null || user.password().isBlank()) {
            answer.put("password", password);
        }
        return answer;
    }

    @PutMapping("/api/users/{username}/password")
    @Operation(summary = "Set a user's password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void password(@PathVariable @Size(max = 64) String username, @RequestBody @Validated NewPassword password) {
        users.changePassword(username, password.password());
    }

    @PutMapping("/api/users/{username}/role")
    @Operation(summary = "Set a user's role; the last admin keeps the admin role")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void role(@PathVariable @Size(max = 64) String username, @RequestBody @Validated NewRole role) {
        users.changeRole(username, role(role.role()));
    }

    @DeleteMapping("/api/users/{username}")
    @Operation(summary = "Remove a user; the last admin cannot be removed")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void remove(@PathVariable @Size(max = 64) String username) {
        users.remove(username);
    }

    static Role role(String name) {
        try {
            return Role.parse(name);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
    }
}
