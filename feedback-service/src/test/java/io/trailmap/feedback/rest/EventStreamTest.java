package io.trailmap.feedback.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.trailmap.feedback.stream.EventLog;
import io.trailmap.feedback.service.Store;
import io.trailmap.testsupport.EventStreamReader;
import io.trailmap.testsupport.EventStreamReader.Event;
import io.trailmap.testsupport.TestTokens;
import jakarta.inject.Inject;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.trailmap.feedback.rest.Api.as;
import static io.trailmap.feedback.rest.Api.response;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code GET /events}: the tenant's events as server-sent events, confined to the tenant, resumable with Last-Event-ID. */
@QuarkusTest
class EventStreamTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration DEADLINE = Duration.ofSeconds(20);

    @TestHTTPResource("/events")
    URL events;

    @Inject
    EventLog log;

    @Inject
    Store store;

    private EventStreamReader open(String tenant, String role, Map<String, String> more, String query) {
        Map<String, String> headers = new HashMap<>(more);
        headers.put("Authorization", TestTokens.bearer(tenant, role));
        return EventStreamReader.open(events + query, headers);
    }

    private static String submit(String tenant, String responseId, int score, String comment) {
        return as(tenant, "ingest").body(response(responseId, "NPS", score, comment)).post("/responses").then().statusCode(org.hamcrest.Matchers.lessThan(300))
                .extract().path("results[0].id");
    }

    private static JsonNode data(Event event) {
        try {
            return JSON.readTree(event.data());
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    private static boolean hasReceived(List<Event> events, String id) {
        return events.stream().anyMatch(e -> "feedback.received".equals(e.type()) && id.equals(data(e).path("data").path("id").asText()));
    }

    @Test
    void newFeedbackAndTheCaseItOpensArriveInOrderWithTheirSequenceNumbers() {
        String tenant = Api.newTenant();
        try (EventStreamReader stream = open(tenant, "viewer", Map.of(), "")) {
            assertThat(stream.status()).isEqualTo(200);
            String id = submit(tenant, "r-1", 2, "Nobody called back");
            List<Event> got = stream.awaitEvents(e -> e.size() >= 2, DEADLINE, "the response and its follow-up");
            assertThat(got).extracting(Event::type).containsExactly("feedback.received", "followup.changed");
            assertThat(got).extracting(Event::id).containsExactly("1", "2");
            JsonNode received = data(got.get(0));
            assertThat(received.path("seq").asLong()).isEqualTo(1);
            assertThat(received.path("data").path("id").asText()).isEqualTo(id);
            assertThat(received.path("data").path("kind").asText()).isEqualTo("NPS");
            assertThat(received.path("data").path("score").asInt()).isEqualTo(2);
            assertThat(received.path("data").path("category").asText()).isEqualTo("DETRACTOR");
            assertThat(received.path("data").path("comment").asText()).isEqualTo("Nobody called back");
            JsonNode opened = data(got.get(1)).path("data");
            assertThat(opened.path("status").asText()).isEqualTo("OPEN");
            assertThat(opened.path("followUpId").asText()).isEqualTo(received.path("data").path("followUpId").asText());
        }
    }

    @Test
    void aStreamCarriesOnlyItsOwnTenantsEvents() {
        String mine = Api.newTenant();
        String theirs = Api.newTenant();
        try (EventStreamReader stream = open(mine, "viewer", Map.of(), "")) {
            submit(theirs, "theirs-1", 9, "Great");
            String own = submit(mine, "mine-1", 10, "Lovely");
            List<Event> got = stream.awaitEvents(e -> hasReceived(e, own), DEADLINE, "the tenant's own response");
            // the other tenant's response was stored first: had it leaked, it would be here, before ours
            assertThat(got).hasSize(1);
            assertThat(data(got.getFirst()).path("data").path("id").asText()).isEqualTo(own);
        }
    }

    @Test
    void lastEventIdResumesAfterTheLastEventReceivedAndTypesFilter() {
        String tenant = Api.newTenant();
        String first;
        try (EventStreamReader stream = open(tenant, "viewer", Map.of(), "")) {
            first = submit(tenant, "p-1", 9, null);
            stream.awaitEvents(e -> hasReceived(e, first), DEADLINE, "the first response");
        }
        // while nobody listens
        String second = submit(tenant, "p-2", 10, null);
        String detractor = submit(tenant, "p-3", 1, "Broken");
        try (EventStreamReader resumed = open(tenant, "viewer", Map.of("Last-Event-ID", "1"), "")) {
            List<Event> got = resumed.awaitEvents(e -> e.size() >= 3, DEADLINE, "the three events after id 1");
            assertThat(got).extracting(Event::id).containsExactly("2", "3", "4");
            assertThat(hasReceived(got, first)).isFalse();
            assertThat(hasReceived(got, second)).isTrue();
            assertThat(hasReceived(got, detractor)).isTrue();
        }
        try (EventStreamReader cases = open(tenant, "viewer", Map.of("Last-Event-ID", "0"), "?types=followup.changed")) {
            List<Event> got = cases.awaitEvents(e -> !e.isEmpty(), DEADLINE, "the follow-up of the detractor");
            assertThat(got).extracting(Event::type).containsExactly("followup.changed");
            assertThat(got).extracting(Event::id).containsExactly("4");
        }
    }

    @Test
    void aStreamNeedsAViewerTokenAndSaneParameters() {
        String tenant = Api.newTenant();
        try (EventStreamReader anonymous = EventStreamReader.open(events.toString(), Map.of())) {
            assertThat(anonymous.status()).isEqualTo(401);
        }
        try (EventStreamReader ingestOnly = open(tenant, "ingest", Map.of(), "")) {
            assertThat(ingestOnly.status()).isEqualTo(403);
        }
        for (String role : List.of("viewer", "editor", "admin")) {
            try (EventStreamReader allowed = open(tenant, role, Map.of(), "")) {
                assertThat(allowed.status()).as(role).isEqualTo(200);
            }
        }
        try (EventStreamReader unknown = open(tenant, "viewer", Map.of(), "?types=feedback.received,nps.changed")) {
            assertThat(unknown.status()).isEqualTo(400);
            assertThat(unknown.refusal()).contains("nps.changed").contains("types");
        }
        try (EventStreamReader badId = open(tenant, "viewer", Map.of("Last-Event-ID", "yesterday"), "")) {
            assertThat(badId.status()).isEqualTo(400);
            assertThat(badId.refusal()).contains("Last-Event-ID");
        }
    }

    @Test
    void anErasedCustomersEventsAreNoLongerReplayed() {
        String tenant = Api.newTenant();
        Map<String, Object> theirs = response("e-1", "NPS", 2, "Call me on 040 123 4567");
        theirs.put("customerId", "gone");
        as(tenant, "ingest").body(theirs).post("/responses").then().statusCode(org.hamcrest.Matchers.lessThan(300));
        as(tenant, "admin").delete("/customers/gone").then().statusCode(200);
        String other = submit(tenant, "e-2", 9, "Fine");
        try (EventStreamReader replay = open(tenant, "viewer", Map.of("Last-Event-ID", "0"), "")) {
            List<Event> got = replay.awaitEvents(e -> hasReceived(e, other), DEADLINE, "the other customer's response");
            // the erased customer's response (1) and case (2) keep their numbers but are not sent
            assertThat(got).extracting(Event::id).containsExactly("3");
            assertThat(got.toString()).doesNotContain("gone").doesNotContain("4567");
        }
    }

    @Test
    void aNumberHandedOutButNotYetWrittenHoldsReadersBackUntilItsWriterIsTakenForDead() {
        String tenant = Api.newTenant();
        log.append(tenant, "feedback.received", List.of(Map.of("n", 1), Map.of("n", 2)));
        var events = store.collection("event_log", Document.class);
        // number 3 was handed out to a writer that has not written it yet; 4 is written
        events.insertOne(new Document("tenant", tenant).append("seq", 4L).append("type", "feedback.received")
                .append("at", new Date()).append("data", new Document("n", 4)));
        EventLog.Page page = log.after(tenant, 0, Set.of(), 100);
        assertThat(page.events()).extracting(EventLog.Logged::seq).containsExactly(1L, 2L);
        assertThat(page.position()).isEqualTo(2);
        // the same gap, its successor written long ago: the writer of 3 died, readers go on
        events.updateOne(new Document("tenant", tenant).append("seq", 4L),
                new Document("$set", new Document("at", Date.from(Instant.now().minus(Duration.ofMinutes(1))))));
        assertThat(log.after(tenant, 2, Set.of(), 100).events()).extracting(EventLog.Logged::seq).containsExactly(4L);
    }
}
