package io.trailmap.feedback.rest;

import com.mongodb.client.model.Filters;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.trailmap.feedback.service.Store;
import io.trailmap.feedback.webhook.OutboxRelay;
import io.trailmap.webhooks.mongo.MongoWebhookStore;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import io.trailmap.webhooks.WebhookDelivery;
import io.trailmap.webhooks.WebhookSubscription;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.trailmap.feedback.rest.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

/**
 * The webhook jobs driven by hand: the scheduled relay, dispatcher and overdue scan are off in this
 * profile, so only the test moves or claims anything. The relay moves every waiting event in one run,
 * however many (401 detractors are two full pages of causes and one more); a relay run again adds no
 * second delivery; concurrent claimers never claim the same delivery.
 */
@QuarkusTest
@TestProfile(WebhookJobsByHandTest.RelayByHand.class)
class WebhookJobsByHandTest {

    private static final int DETRACTORS = 401;

    public static class RelayByHand implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("trailmap.webhooks.dispatch-every", "off", "trailmap.feedback.overdue-scan-every", "off");
        }
    }

    @Inject
    OutboxRelay relay;

    @Inject
    Store store;

    @Inject
    MongoWebhookStore webhooks;

    private final String tenant = Api.newTenant();

    @Test
    void oneRunRelaysEveryWaitingEventOfABacklogLongerThanTwoPages() {
        String subscription = as(tenant, "admin").body(Map.of("url", "http://127.0.0.1:9/hook", "eventTypes", List.of("feedback.detractor")))
                .post("/webhooks").then().statusCode(201).extract().path("id");
        List<Map<String, Object>> detractors = new ArrayList<>();
        for (int i = 0; i < DETRACTORS; i++) {
            detractors.add(Api.response("relay-" + i, "NPS", 2, null));
        }
        as(tenant, "ingest").body(detractors).post("/responses").then().statusCode(202).body("accepted", is(DETRACTORS));
        var waiting = Filters.and(Filters.eq("tenant", tenant), Filters.exists("outbox.id"));
        assertThat(store.responses().countDocuments(waiting)).isEqualTo(DETRACTORS);

        int moved = relay.relay();

        assertThat(store.responses().countDocuments(waiting)).isZero();
        assertThat(webhooks.deliveries(tenant, UUID.fromString(subscription), 1_000)).hasSize(DETRACTORS);
        assertThat(moved).as("moved by this run (other tests' waiting events too)").isGreaterThanOrEqualTo(DETRACTORS);
    }

    @Test
    void aRelayRunAgainAddsNoSecondDeliveryAndReplicasNeverClaimTheSameAttempt() throws Exception {
        WebhookSubscription paused = new WebhookSubscription(UUID.randomUUID(), tenant, "http://127.0.0.1:9/hook", List.of("feedback.detractor"),
                "whsec_dGVzdA==", false, "held for the test", 0, Instant.now());
        webhooks.insert(paused);
        Instant past = Instant.now().minusSeconds(60);
        for (int i = 0; i < 30; i++) {
            webhooks.enqueue(tenant, paused.id().toString(), "event-" + i, "feedback.detractor", "{}", past);
            webhooks.enqueue(tenant, paused.id().toString(), "event-" + i, "feedback.detractor", "{}", past);   // a relay cut short, run again
        }
        assertThat(webhooks.deliveries(tenant, paused.id(), 100)).hasSize(30);

        webhooks.resume(tenant, paused.id());
        ExecutorService replicas = Executors.newFixedThreadPool(4);
        List<Callable<List<WebhookDelivery>>> claims = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            // each replica claims until nothing is due any more (other tests' deliveries included: claims work across tenants)
            claims.add(() -> {
                List<WebhookDelivery> mine = new ArrayList<>();
                for (List<WebhookDelivery> batch = claim(); !batch.isEmpty(); batch = claim()) {
                    mine.addAll(batch);
                }
                return mine;
            });
        }
        List<String> claimed = new ArrayList<>();
        for (Future<List<WebhookDelivery>> f : replicas.invokeAll(claims)) {
            f.get().stream().filter(d -> d.tenant().equals(tenant)).forEach(d -> claimed.add(d.id()));
        }
        replicas.shutdown();
        // the scheduled dispatcher is off here: the four claimers are the only ones, and between them they claim every due delivery once
        assertThat(Set.copyOf(claimed)).as("no delivery claimed twice").hasSize(claimed.size());
        assertThat(claimed).as("every due delivery claimed").hasSize(30);
    }

    private List<WebhookDelivery> claim() {
        return webhooks.claimDue(Instant.now(), Duration.ofMinutes(2), 50);
    }
}
