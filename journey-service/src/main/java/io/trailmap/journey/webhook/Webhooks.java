package io.trailmap.journey.webhook;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.trailmap.common.problem.FieldError;
import io.trailmap.common.problem.ProblemException;
import io.trailmap.common.webhook.WebhookSignature;
import io.trailmap.common.webhook.WebhookTargets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.net.InetAddress;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** A tenant's webhook subscriptions, and the events journey-service emits to them. */
@ApplicationScoped
public class Webhooks {

    /** The events this service produces. */
    public static final Set<String> EVENT_TYPES = Set.of("journey.published");

    private final WebhookStore store;
    private final WebhookTargets targets;
    private final Clock clock;
    private final ObjectMapper json;

    public Webhooks(WebhookStore store, WebhookConfig config, Clock clock, ObjectMapper json) {
        this.store = store;
        this.targets = new WebhookTargets(new WebhookTargets.Policy(config.allowHttp(), config.allowPrivateTargets()), InetAddress::getAllByName);
        this.clock = clock;
        this.json = json;
    }

    /** A new active subscription with a fresh secret (answered once, at creation). */
    @Transactional
    public WebhookStore.Subscription subscribe(String tenant, String url, List<String> eventTypes) {
        List<FieldError> errors = new ArrayList<>();
        if (url == null || url.isBlank()) {
            errors.add(new FieldError("url", "is required"));
        } else {
            targets.problem(url).ifPresent(problem -> errors.add(new FieldError("url", problem)));
        }
        if (eventTypes == null || eventTypes.isEmpty()) {
            errors.add(new FieldError("eventTypes", "name at least one of " + EVENT_TYPES));
        } else {
            eventTypes.stream().filter(t -> !EVENT_TYPES.contains(t))
                    .forEach(t -> errors.add(new FieldError("eventTypes", "'" + t + "' is not an event of journey-service; it sends " + EVENT_TYPES)));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors);
        }
        WebhookStore.Subscription subscription = new WebhookStore.Subscription(UUID.randomUUID(), tenant, url.strip(),
                List.copyOf(new java.util.LinkedHashSet<>(eventTypes)), WebhookSignature.newSecret(), true, null, 0, clock.instant());
        store.insert(subscription);
        return subscription;
    }

    public WebhookStore.Subscription get(String tenant, UUID id) {
        return store.subscription(tenant, id).orElseThrow(() -> ProblemException.notFound("webhook subscription", id));
    }

    /**
     * Records the event for every subscription of the tenant to it, in the caller's transaction: the
     * event exists exactly when its cause was committed. Payload per Standard Webhooks: {type, timestamp, data}.
     */
    public void emit(String tenant, String type, Map<String, Object> data) {
        Instant now = clock.instant();
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("type", type);
        payload.put("timestamp", now.toString());
        payload.put("data", data);
        try {
            store.enqueue(tenant, type, json.writeValueAsString(payload), now);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
