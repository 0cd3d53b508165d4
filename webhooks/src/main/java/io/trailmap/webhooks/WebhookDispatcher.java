package io.trailmap.webhooks;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Works off due deliveries every second: POSTs the payload signed per Standard Webhooks; a 2xx is
 * DELIVERED; anything else (another status, a timeout, no connection, a target that now resolves to a
 * private address) is retried after an exponentially growing wait (first backoff × 2^(attempt−1), at
 * most the cap) until the attempts run out, then FAILED. At least once: the same {@code webhook-id}
 * may arrive again (a redelivery, or a crash between sending and recording) — receivers dedupe by it.
 * Each service runs {@link #dispatch()} on a schedule against its own {@link WebhookStore}.
 */
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);
    private static final Duration LEASE = Duration.ofMinutes(2);

    private final WebhookStore store;
    private final WebhookConfig config;
    private final Clock clock;
    private final WebhookTargets targets;
    private final HttpClient http;

    private final ObjectMapper json = new ObjectMapper();

    public WebhookDispatcher(WebhookStore store, WebhookConfig config, Clock clock) {
        this.store = store;
        this.config = config;
        this.clock = clock;
        this.targets = new WebhookTargets(new WebhookTargets.Policy(config.allowHttp(), config.allowPrivateTargets()), InetAddress::getAllByName);
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(config.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public void dispatch() {
        for (WebhookDelivery delivery : store.claimDue(clock.instant(), LEASE, 50)) {
            send(delivery);
        }
    }

    private void send(WebhookDelivery d) {
        Optional<WebhookSubscription> subscription = store.subscription(d.tenant(), d.subscriptionId());
        if (subscription.isEmpty()) {
            return;   // deleted meanwhile: its deliveries went with it
        }
        Optional<String> refused = targets.problem(subscription.get().url());
        if (refused.isPresent()) {
            fail(d, null, "target refused: URL " + refused.get());
            return;
        }
        Instant now = clock.instant();
        HttpRequest request = HttpRequest.newBuilder(URI.create(subscription.get().url())).timeout(config.timeout())
                .header("Content-Type", "application/json")
                .header(WebhookSignature.ID, d.id())
                .header(WebhookSignature.TIMESTAMP, String.valueOf(now.getEpochSecond()))
                .header(WebhookSignature.SIGNATURE, WebhookSignature.withSecret(subscription.get().secret()).sign(d.id(), now.getEpochSecond(), d.payload()))
                .POST(HttpRequest.BodyPublishers.ofString(d.payload())).build();
        try {
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() / 100 == 2) {
                store.delivered(d, response.statusCode(), clock.instant(), keptPayload(d));
            } else {
                fail(d, response.statusCode(), "HTTP " + response.statusCode());
            }
        } catch (IOException e) {
            fail(d, null, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void fail(WebhookDelivery d, Integer status, String error) {
        Instant retryAt = d.attempts() >= config.maxAttempts() ? null : clock.instant().plus(backoff(d.attempts(), config));
        LOG.debugf("webhook %s attempt %d failed: %s", d.id(), d.attempts(), error);
        store.failed(d, status, error, retryAt, config.pauseAfterFailures(), keptPayload(d));
    }

    /** What the log keeps once the delivery is done with: a customer.erased notice no longer names the customer. */
    private String keptPayload(WebhookDelivery d) {
        return WebhookEvents.CUSTOMER_ERASED.equals(d.eventType()) ? WebhookEvents.withoutCustomer(json, d.payload()) : d.payload();
    }

    /** Retention of the delivery log ({@link WebhookConfig#logRetention()}); answers how many deliveries went. */
    public long purgeLog() {
        return store.purgeBefore(clock.instant().minus(config.logRetention()));
    }

    /** The wait after failed attempt {@code n} (1-based): first × 2^(n−1), at most the cap. */
    public static Duration backoff(int attempt, WebhookConfig config) {
        Duration wait = config.firstBackoff();
        for (int i = 1; i < attempt && wait.compareTo(config.maxBackoff()) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(config.maxBackoff()) > 0 ? config.maxBackoff() : wait;
    }
}
