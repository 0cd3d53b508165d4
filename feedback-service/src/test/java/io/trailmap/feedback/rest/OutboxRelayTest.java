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

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.trailmap.feedback.rest.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

/**
 * The outbox relay must move every waiting event in one run, however many: 401 detractors are two
 * full pages of causes and one more. The scheduled relay and overdue scan are off in this profile, so
 * only the run under test moves anything.
 */
@QuarkusTest
@TestProfile(OutboxRelayTest.RelayByHand.class)
class OutboxRelayTest {

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

    @Test
    void oneRunRelaysEveryWaitingEventOfABacklogLongerThanTwoPages() {
        String tenant = Api.newTenant();
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
}
