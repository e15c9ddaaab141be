package io.ownerscope.security;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import io.ownerscope.graph.Cypher;
import io.ownerscope.graph.Graph;
import io.ownerscope.system.BadRequestException;
import io.ownerscope.system.ConflictException;
import io.ownerscope.system.NotFoundException;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The service's own users, kept with the graph: a username, a password stored only as a hash of the configured
 * encoder (bcrypt, behind a prefix naming it so that a stronger one can take over), and one role.
 */
public class Users implements UserDetailsService {

    private static final String FIND = Cypher.load("security/find-user.cypher");
    private static final String CREATE = Cypher.load("security/create-user.cypher");
    private static final String SET_PASSWORD = Cypher.load("security/set-password.cypher");
    private static final String SET_ROLE = Cypher.load("security/set-role.cypher");
    private static final String REMOVE = Cypher.load("security/remove-user.cypher");
    private static final String LIST = Cypher.load("security/list-users.cypher");
    private static final String COUNT = Cypher.load("security/count-users.cypher");
    private static final String COUNT_ADMINS = Cypher.load("security/count-admins.cypher");
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{1,64}");
    static final int MIN_PASSWORD_LENGTH = 12;

    private final Graph graph;
    private final PasswordEncoder encoder;

    Users(Graph graph, PasswordEncoder encoder) {
        this.graph = graph;
        this.encoder = encoder;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        var found = graph.read(tx -> tx.run(FIND, Map.of("username", username)).list());
        if (found.isEmpty()) {
            throw new UsernameNotFoundException("no such user");
        }
        var user = found.getFirst();
        return User.withUsername(user.get("username").asString())
                .password(user.get("passwordHash").asString())
                .authorities(Role.parse(user.get("role").asString()).authority())
                .build();
    }

    /** Adds a user; refused when the name is taken or the password too short. */
    public void add(String username, String password, Role role, String actor) {
        checkUsername(username);
        checkPassword(password);
        var created = graph.write(tx -> tx.run(CREATE, Map.of("username", username, "passwordHash",
                encoder.encode(password), "role", role.label(), "actor", actor)).list());
        if (created.isEmpty()) {
            throw new ConflictException("user '" + username + "' exists already");
        }
    }

    public void changePassword(String username, String password) {
        checkPassword(password);
        var changed = graph.write(tx -> tx.run(SET_PASSWORD, Map.of("username", username, "passwordHash",
                encoder.encode(password))).list());
        if (changed.isEmpty()) {
            throw new NotFoundException("no user '" + username + "'");
        }
    }

    public void changeRole(String username, Role role) {
        if (role != Role.ADMIN) {
            refuseRemovingLastAdmin(username);
        }
        var changed = graph.write(tx -> tx.run(SET_ROLE, Map.of("username", username, "role", role.label())).list());
        if (changed.isEmpty()) {
            throw new NotFoundException("no user '" + username + "'");
        }
    }

    public void remove(String username) {
        refuseRemovingLastAdmin(username);
        var removed = graph.write(tx -> tx.run(REMOVE, Map.of("username", username)).single().get("removed")
                .asLong());
        if (removed == 0) {
            throw new NotFoundException("no user '" + username + "'");
        }
    }

    /** Every user without the password hash, by name. */
    public List<Map<String, Object>> list() {
        return graph.read(tx -> tx.run(LIST).list(r -> r.asMap()));
    }

    boolean none() {
        return graph.read(tx -> tx.run(COUNT).single().get("users").asLong()) == 0;
    }

    boolean matches(String username, String password) {
        try {
            return encoder.matches(password, loadUserByUsername(username).getPassword());
        } catch (UsernameNotFoundException e) {
            return false;
        }
    }

    private void refuseRemovingLastAdmin(String username) {
        var user = list().stream().filter(u -> username.equals(u.get("username"))).findFirst();
        if (user.isPresent() && Role.ADMIN.label().equals(user.get().get("role"))
                && graph.read(tx -> tx.run(COUNT_ADMINS).single().get("admins").asLong()) <= 1) {
            throw new ConflictException("'" + username + "' is the last admin; add another admin first");
        }
    }

    private static void checkUsername(String username) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new BadRequestException("username '" + username + "' is not allowed; use 1 to 64 letters, digits "
                    + "or . _ @ -");
        }
    }

    private static void checkPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH || password.length() > 128) {
            throw new BadRequestException("password: must be " + MIN_PASSWORD_LENGTH + " to 128 characters");
        }
    }
}
