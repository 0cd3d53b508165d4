package io.trailmap.webhooks;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * Which URLs may receive webhooks, against server-side request forgery: absolute https URLs (http
 * only where a deployment allows it, e.g. locally), no credentials in the URL, and a host whose every
 * address is public — not loopback, private, link-local (cloud metadata at 169.254.169.254), unique
 * local, multicast or unspecified — unless private targets are explicitly allowed. Check at
 * subscription and again at every delivery (DNS answers change).
 */
public final class WebhookTargets {

    /** @param allowHttp plain http accepted (never in prod); @param allowPrivate private and loopback hosts accepted */
    public record Policy(boolean allowHttp, boolean allowPrivate) {
    }

    /** Resolves a host name to its addresses (the system resolver in production). */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final Policy policy;
    private final Resolver resolver;

    public WebhookTargets(Policy policy, Resolver resolver) {
        this.policy = policy;
        this.resolver = resolver;
    }

    /** Why the URL may not receive webhooks, or empty when it may. */
    public Optional<String> problem(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (Exception e) {
            return Optional.of("is not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(policy.allowHttp() && scheme.equals("http"))) {
            return Optional.of(policy.allowHttp() ? "must be an http(s) URL" : "must be an https URL");
        }
        if (uri.getRawUserInfo() != null) {
            return Optional.of("must not carry credentials; the signature authenticates the sender");
        }
        String host = uri.getHost();
        if (host == null || host.isBlank()) {
            return Optional.of("must name a host");
        }
        if (policy.allowPrivate()) {
            return Optional.empty();
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
        } catch (UnknownHostException e) {
            return Optional.of("names a host that cannot be resolved: " + host);
        }
        for (InetAddress address : addresses) {
            if (!isPublic(address)) {
                return Optional.of("names a host with a private, loopback or link-local address (" + address.getHostAddress()
                        + "); webhooks go to public addresses only");
            }
        }
        return Optional.empty();
    }

    static boolean isPublic(InetAddress address) {
        if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet6Address) {
            if ((bytes[0] & 0xfe) == 0xfc) {
                return false;   // unique local fc00::/7
            }
            boolean mappedIpv4 = true;
            for (int i = 0; i < 10; i++) {
                mappedIpv4 &= bytes[i] == 0;
            }
            if (mappedIpv4 && bytes[10] == (byte) 0xff && bytes[11] == (byte) 0xff) {
                try {
                    return isPublic(InetAddress.getByAddress(java.util.Arrays.copyOfRange(bytes, 12, 16)));
                } catch (UnknownHostException e) {
                    return false;
                }
            }
            return true;
        }
        int first = bytes[0] & 0xff;
        int second = bytes[1] & 0xff;
        return first != 0 && first != 127 && !(first == 100 && second >= 64 && second < 128)   // carrier-grade NAT 100.64/10
                && !(first == 169 && second == 254) && first < 224;
    }
}
