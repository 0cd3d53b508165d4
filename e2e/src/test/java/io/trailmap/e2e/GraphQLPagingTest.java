package io.trailmap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.trailmap.demo.ServiceSuite;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway's connections over the running services' own cursors: a customer with seven
 * interactions (two at the same instant) and seven detractor answers (each opening a follow-up case),
 * read three at a time through {@code followUps}, {@code customer.timeline} and {@code customer.feedback}:
 * pages of 3, 3 and 1, every item exactly once, in the order the service lists them in one page.
 */
@ExtendWith(SharedSuite.class)
class GraphQLPagingTest {

    private static final int ITEMS = 7;
    private static final int PAGE = 3;

    private static ServiceSuite suite;
    private static String tenant;
    private static String customerId;
    private static List<String> eventIds;
    private static List<String> responseIds;
    private static List<String> followUpIds;

    @BeforeAll
    static void storeMoreThanTwoPagesOfEach(ServiceSuite running) {
        suite = running;
        tenant = "paging-" + UUID.randomUUID().toString().substring(0, 8);
        customerId = "customer-" + UUID.randomUUID();
        GraphQL admin = new GraphQL(suite.client("gateway", tenant, "admin"));
        String journeyId = UUID.randomUUID().toString();
        String touchpointId = UUID.randomUUID().toString();
        Instant start = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        eventIds = new ArrayList<>();
        List<Map<String, Object>> interactions = new ArrayList<>();
        for (int i = 0; i < ITEMS; i++) {
            eventIds.add("event-" + i + "-" + UUID.randomUUID());
            long minute = i == 4 ? 3 : i;   // events 3 and 4 share their instant: the interactions' ids order them
            interactions.add(TenantData.interaction(eventIds.get(i), customerId, journeyId, "visit", touchpointId,
                    start.plusSeconds(60 * minute), "VISIT"));
        }
        assertThat(admin.data("mutation($i: [InteractionInput!]!) { recordInteractions(interactions: $i) { accepted } }",
                Map.of("i", interactions)).at("/recordInteractions/accepted").asInt()).isEqualTo(ITEMS);
        responseIds = new ArrayList<>();
        List<Map<String, Object>> responses = new ArrayList<>();
        for (int i = 0; i < ITEMS; i++) {
            responseIds.add("response-" + i + "-" + UUID.randomUUID());
            responses.add(Map.of("responseId", responseIds.get(i), "kind", "NPS", "score", 2, "customerId", customerId,
                    "journeyId", journeyId, "submittedAt", start.plusSeconds(30L * i).toString()));
        }
        JsonNode submitted = new GraphQL(suite.client("gateway", tenant, "ingest")).data(
                "mutation($r: [ResponseInput!]!) { submitFeedback(responses: $r) { accepted results { followUpId } } }",
                Map.of("r", responses)).get("submitFeedback");
        assertThat(submitted.get("accepted").asInt()).isEqualTo(ITEMS);
        followUpIds = submitted.findValuesAsText("followUpId");
        assertThat(followUpIds).doesNotContain("").doesNotHaveDuplicates().hasSize(ITEMS);
    }

    /** Reads a connection three at a time to its end; answers each page's node keys. */
    private static List<List<String>> readAll(String query, Map<String, Object> arguments, String connection, String key) {
        GraphQL viewer = new GraphQL(suite.client("gateway", tenant, "viewer"));
        List<List<String>> pages = new ArrayList<>();
        String after = null;
        boolean more;
        do {
            Map<String, Object> variables = new HashMap<>(arguments);
            variables.put("first", PAGE);
            variables.put("after", after);
            JsonNode page = viewer.data(query, variables).at(connection);
            pages.add(page.get("edges").findValuesAsText(key));
            more = page.at("/pageInfo/hasNextPage").asBoolean();
            after = page.at("/pageInfo/endCursor").asText(null);
        } while (more && pages.size() <= ITEMS);
        return pages;
    }

    /** What the service lists in one page of everything, cut as pages of three. */
    private static List<List<String>> inPagesOfThree(List<String> all) {
        assertThat(all).hasSize(ITEMS);
        return List.of(all.subList(0, 3), all.subList(3, 6), all.subList(6, 7));
    }

    private static List<String> listedByTheService(String service, String path, String key) {
        return suite.client(service, tenant, "viewer").get(path).expect(200).json().get("items").findValuesAsText(key);
    }

    @Test
    void followUpsAreReadToTheEndThroughTheServicesCursorsNothingSkippedOrRepeated() {
        List<List<String>> pages = readAll("""
                query($first: Int, $after: String) { followUps(first: $first, after: $after) {
                  edges { cursor node { id customerId } } pageInfo { hasNextPage endCursor } } }""", Map.of(), "/followUps", "id");
        assertThat(pages).isEqualTo(inPagesOfThree(listedByTheService("feedback-service", "/follow-ups?limit=500", "id")));
        assertThat(pages.stream().flatMap(List::stream)).containsExactlyInAnyOrderElementsOf(followUpIds);
    }

    @Test
    void aCustomersTimelineIsReadToTheEndThroughTheServicesCursorsNothingSkippedOrRepeated() {
        List<List<String>> pages = readAll("""
                query($customer: String!, $first: Int, $after: String) { customer(id: $customer) { timeline(first: $first, after: $after) {
                  edges { cursor node { eventId occurredAt } } pageInfo { hasNextPage endCursor } } } }""",
                Map.of("customer", customerId), "/customer/timeline", "eventId");
        assertThat(pages).isEqualTo(inPagesOfThree(listedByTheService("touchpoint-service",
                "/customers/" + customerId + "/timeline?limit=500", "eventId")));
        assertThat(pages.stream().flatMap(List::stream)).containsExactlyInAnyOrderElementsOf(eventIds);
        // oldest first: only events 3 and 4, which share their instant, may come in either order
        assertThat(pages.get(0)).isEqualTo(eventIds.subList(0, 3));
        assertThat(pages.get(1).subList(2, 3)).isEqualTo(eventIds.subList(5, 6));
    }

    @Test
    void aCustomersFeedbackIsReadToTheEndThroughTheServicesCursorsNothingSkippedOrRepeated() {
        List<List<String>> pages = readAll("""
                query($customer: String!, $first: Int, $after: String) { customer(id: $customer) { feedback(first: $first, after: $after) {
                  edges { cursor node { responseId } } pageInfo { hasNextPage endCursor } } } }""",
                Map.of("customer", customerId), "/customer/feedback", "responseId");
        // oldest first by submittedAt, 30 s apart
        assertThat(pages).isEqualTo(inPagesOfThree(responseIds));
        assertThat(pages).isEqualTo(inPagesOfThree(listedByTheService("feedback-service",
                "/responses?customerId=" + customerId + "&limit=500", "responseId")));
    }
}
