package io.ownerscope.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The names a request may give in its {@code Host} header. A page of another site that makes its name resolve
 * to this machine (DNS rebinding) still sends its own name, so it is refused. The loopback names are always
 * allowed; a service bound beyond the loopback address must name the others, or {@code *} when a proxy in front
 * checks them.
 */
final class AllowedHosts implements Predicate<String> {

    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

    private final Set<String> names = new HashSet<>(LOOPBACK);
    private final boolean any;

    AllowedHosts(SecuritySettings settings, String serverAddress) {
        settings.allowedHosts().forEach(name -> names.add(name.strip().toLowerCase(Locale.ROOT)));
        this.any = names.contains("*");
        if (!any && settings.allowedHosts().isEmpty() && !isLoopback(serverAddress)) {
            throw new IllegalStateException("server.address=" + (serverAddress == null ? "(all interfaces)"
                    : serverAddress) + " reaches beyond this machine: set ownerscope.security.allowed-hosts to the "
                    + "names clients use (or * behind a proxy that checks the Host header)");
        }
    }

    @Override
    public boolean test(String host) {
        return any || host != null && names.contains(host.toLowerCase(Locale.ROOT));
    }

    static boolean isLoopback(String address) {
        if (address == null || address.isBlank()) {
            return false;
        }
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
