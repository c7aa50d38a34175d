package org.tonghu.webhook;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import org.tonghu.graphql.Problem;

/**
 * Which callback URLs a subscription may name, and which addresses a delivery may go to. A callback is https to a
 * public host; plain http only to a loopback address, and loopback only where {@code tonghu.webhook.allow-loopback}
 * is on (local mode, tests). Private, link-local, unique-local, multicast and unspecified addresses are refused
 * always, so a subscription cannot make the service probe its own network: IP literals when subscribing, and every
 * address a host name resolves to before each attempt (an egress firewall remains the stronger guard).
 */
@ApplicationScoped
class WebhookTargets {

    static final String CALLBACK_URL_INVALID = "CALLBACK_URL_INVALID";
    static final String CALLBACK_URL_SCHEME = "CALLBACK_URL_SCHEME";
    static final String CALLBACK_URL_PRIVATE = "CALLBACK_URL_PRIVATE";
    static final int MAX_URL_LENGTH = 2000;

    private static final Pattern IPV4_LITERAL = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private final boolean allowLoopback;

    WebhookTargets(WebhookConfig config) {
        this.allowLoopback = config.allowLoopback();
    }

    /** The callback URL, checked into the problems; empty when refused. */
    Optional<URI> checkCallback(String field, String url, List<Problem> problems) {
        URI uri;
        try {
            uri = url == null || url.isBlank() || url.length() > MAX_URL_LENGTH
                    || url.chars().anyMatch(c -> c <= 0x20 || c >= 0x7f) ? null : new URI(url);
        } catch (URISyntaxException e) {
            uri = null;
        }
        if (uri == null || !uri.isAbsolute() || uri.getHost() == null || uri.getRawUserInfo() != null
                || uri.getRawFragment() != null) {
            problems.add(Problem.ofField(field, CALLBACK_URL_INVALID,
                    "An absolute URL with a host, without user information or fragment, at most "
                            + MAX_URL_LENGTH + " characters."));
            return Optional.empty();
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        boolean loopback = isLoopbackName(host);
        if (!scheme.equals("https") && !(scheme.equals("http") && loopback && allowLoopback)) {
            problems.add(Problem.ofField(field, CALLBACK_URL_SCHEME, "The callback URL uses https."));
            return Optional.empty();
        }
        Optional<InetAddress> literal = literal(host);
        if ((loopback && !allowLoopback) || literal.filter(address -> !allowed(address)).isPresent()) {
            problems.add(Problem.ofField(field, CALLBACK_URL_PRIVATE,
                    "The callback URL names a private, loopback or otherwise non-public address."));
            return Optional.empty();
        }
        return Optional.of(uri);
    }

    /** Whether every address the URL's host resolves to may be sent to now; false if it resolves to none. */
    boolean mayDeliverTo(URI uri) {
        try {
            InetAddress[] addresses = InetAddress.getAllByName(uri.getHost());
            for (InetAddress address : addresses) {
                if (!allowed(address)) {
                    return false;
                }
            }
            return addresses.length > 0;
        } catch (UnknownHostException e) {
            return false;
        }
    }

    boolean allowed(InetAddress address) {
        if (address.isLoopbackAddress()) {
            return allowLoopback;
        }
        return !(address.isAnyLocalAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                || address.isMulticastAddress() || isUniqueLocal(address) || isSharedOrReserved(address));
    }

    private static boolean isLoopbackName(String host) {
        if (host.equals("localhost") || host.endsWith(".localhost")) {
            return true;
        }
        return literal(host).map(InetAddress::isLoopbackAddress).orElse(false);
    }

    private static Optional<InetAddress> literal(String host) {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (!IPV4_LITERAL.matcher(bare).matches() && !bare.contains(":")) {
            return Optional.empty();
        }
        try {
            // a literal: no name look-up happens
            return Optional.of(InetAddress.getByName(bare));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    /** fc00::/7, IPv6's private addresses. */
    private static boolean isUniqueLocal(InetAddress address) {
        return address instanceof Inet6Address && (address.getAddress()[0] & 0xfe) == 0xfc;
    }

    /** 100.64.0.0/10 (carrier-grade NAT), 0.0.0.0/8 and 240.0.0.0/4 (reserved). */
    private static boolean isSharedOrReserved(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (bytes.length != 4) {
            return false;
        }
        int first = bytes[0] & 0xff;
        int second = bytes[1] & 0xff;
        return first == 0 || first >= 240 || (first == 100 && second >= 64 && second < 128);
    }
}
