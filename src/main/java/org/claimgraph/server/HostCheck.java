package org.claimgraph.server;

import java.util.Locale;
import java.util.Set;

/**
 * Which {@code Host} header a request that reached a loopback address may carry (the DNS-rebinding
 * defence of {@link RequestGuard}): {@code localhost}, a name under {@code .localhost} (RFC 6761:
 * it never leaves the machine), a literal IPv4 address in 127.0.0.0/8 written as four decimal
 * parts, {@code [::1]}, and the names the operator allowed with {@code --allow-host}. A name that
 * merely starts with "127." ({@code 127.0.0.1.nip.io}) is a name an attacker controls: refused.
 * A port, when present, must be digits.
 */
final class HostCheck {
    private final Set<String> allowed; // lower case, exact names

    /** @param allowedNames extra host names (lower-cased here), e.g. from {@code --allow-host} */
    HostCheck(Set<String> allowedNames) {
        this.allowed = allowedNames.stream()
                .map(s -> s.strip().toLowerCase(Locale.ROOT))
                .filter(s -> !s.isEmpty())
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** Whether a request with this {@code Host} header value (null when absent) is answered. */
    boolean allows(String hostHeader) {
        String host = hostName(hostHeader);
        return host != null && (isLoopbackName(host) || allowed.contains(host));
    }

    /** The host part of a {@code Host} header, lower case, brackets removed; null when malformed. */
    static String hostName(String hostHeader) {
        if (hostHeader == null) return null;
        String h = hostHeader.strip().toLowerCase(Locale.ROOT);
        String host;
        String port;
        if (h.startsWith("[")) {
            int end = h.indexOf(']');
            if (end < 0) return null;
            host = h.substring(1, end);
            String rest = h.substring(end + 1);
            if (!rest.isEmpty() && !rest.startsWith(":")) return null;
            port = rest.isEmpty() ? "" : rest.substring(1);
        } else {
            int colon = h.indexOf(':');
            host = colon < 0 ? h : h.substring(0, colon);
            port = colon < 0 ? "" : h.substring(colon + 1);
        }
        if (!port.chars().allMatch(c -> c >= '0' && c <= '9') || host.isEmpty()) return null;
        return host;
    }

    /** localhost, *.localhost, ::1, or a dotted-quad IPv4 literal in 127.0.0.0/8. */
    static boolean isLoopbackName(String host) {
        if (host.equals("localhost") || host.equals("::1") || host.equals("0:0:0:0:0:0:0:1")) return true;
        if (host.endsWith(".localhost"))
            return host.chars().allMatch(c -> c == '.' || c == '-' || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'));
        return isLoopbackIpv4(host);
    }

    private static boolean isLoopbackIpv4(String host) {
        String[] parts = host.split("\\.", -1);
        if (parts.length != 4) return false;
        for (String p : parts) {
            if (p.isEmpty()
                    || p.length() > 3
                    || !p.chars().allMatch(c -> c >= '0' && c <= '9')
                    || Integer.parseInt(p) > 255) return false;
        }
        return parts[0].equals("127");
    }
}
