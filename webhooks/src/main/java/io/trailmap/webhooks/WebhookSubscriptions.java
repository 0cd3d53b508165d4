package io.trailmap.webhooks;

import io.trailmap.common.problem.FieldError;
import io.trailmap.common.problem.ProblemException;

import java.net.InetAddress;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Subscribing to the events one service produces: the target checked against SSRF, a fresh secret. */
public class WebhookSubscriptions {

    private final WebhookStore store;
    private final WebhookTargets targets;
    private final Clock clock;
    private final Set<String> eventTypes;
    private final String service;

    /** {@code eventTypes}: what {@code service} emits — nothing else can be subscribed to there. */
    public WebhookSubscriptions(WebhookStore store, WebhookConfig config, Clock clock, Set<String> eventTypes, String service) {
        this.store = store;
        this.targets = new WebhookTargets(new WebhookTargets.Policy(config.allowHttp(), config.allowPrivateTargets()), InetAddress::getAllByName);
        this.clock = clock;
        this.eventTypes = Set.copyOf(eventTypes);
        this.service = service;
    }

    /** A new active subscription with a fresh secret (answered once, at creation). */
    public WebhookSubscription subscribe(String tenant, String url, List<String> types) {
        List<FieldError> errors = new ArrayList<>();
        if (url == null || url.isBlank()) {
            errors.add(new FieldError("url", "is required"));
        } else {
            targets.problem(url).ifPresent(problem -> errors.add(new FieldError("url", problem)));
        }
        if (types == null || types.isEmpty()) {
            errors.add(new FieldError("eventTypes", "name at least one of " + eventTypes));
        } else {
            types.stream().filter(t -> !eventTypes.contains(t)).forEach(t -> errors.add(
                    new FieldError("eventTypes", "'" + t + "' is not an event of " + service + "; it sends " + eventTypes)));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors);
        }
        WebhookSubscription subscription = new WebhookSubscription(UUID.randomUUID(), tenant, url.strip(),
                List.copyOf(new LinkedHashSet<>(types)), WebhookSignature.newSecret(), true, null, 0, clock.instant());
        store.insert(subscription);
        return subscription;
    }

    public WebhookSubscription get(String tenant, UUID id) {
        return store.subscription(tenant, id).orElseThrow(() -> ProblemException.notFound("webhook subscription", id));
    }
}
