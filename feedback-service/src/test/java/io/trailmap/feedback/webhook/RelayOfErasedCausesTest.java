package io.trailmap.feedback.webhook;

import io.quarkus.test.junit.QuarkusTest;
import io.trailmap.feedback.service.Store;
import io.trailmap.webhooks.WebhookSubscription;
import io.trailmap.webhooks.mongo.MongoWebhookStore;
import jakarta.inject.Inject;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The relay, given a cause as it had read it, against an erasure that overtakes it. */
@QuarkusTest
class RelayOfErasedCausesTest {

    @Inject
    OutboxRelay relay;
    @Inject
    Store store;
    @Inject
    MongoWebhookStore webhooks;

    private static Document causeWithAnEventFor(String tenant, WebhookSubscription subscription) {
        Document event = new Document("id", UUID.randomUUID().toString()).append("type", "feedback.detractor").append("at", new Date())
                .append("payload", "{\"data\":{\"customerId\":\"c-1\"}}").append("subscriptions", List.of(subscription.id().toString()));
        return new Document("_id", UUID.randomUUID().toString()).append("tenant", tenant).append(FeedbackEvents.OUTBOX, List.of(event));
    }

    @Test
    void aCauseErasedWhileTheRelayHeldItLeavesNoDeliveryAndOneStillThereLeavesOne() {
        String tenant = "relay-" + UUID.randomUUID().toString().substring(0, 8);
        // paused: nothing is sent, the log shows what the relay made
        WebhookSubscription paused = new WebhookSubscription(UUID.randomUUID(), tenant, "http://127.0.0.1:9/hook", List.of("feedback.detractor"),
                "whsec_dGVzdA==", false, "held for the test", 0, Instant.now());
        webhooks.insert(paused);

        Document erased = causeWithAnEventFor(tenant, paused);   // read by the relay, then deleted by an erasure: not in the collection
        assertThat(relay.relay(store.responses(), erased)).isEqualTo(1);
        assertThat(webhooks.deliveries(tenant, paused.id(), 10)).isEmpty();

        Document kept = causeWithAnEventFor(tenant, paused);
        store.responses().insertOne(kept);
        relay.relay(store.responses(), kept);
        assertThat(webhooks.deliveries(tenant, paused.id(), 10)).hasSize(1);
        assertThat(store.responses().find(new Document("_id", kept.getString("_id"))).first().getList(FeedbackEvents.OUTBOX, Document.class))
                .isEmpty();
    }
}
