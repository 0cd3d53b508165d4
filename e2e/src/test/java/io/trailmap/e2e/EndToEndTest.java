package io.trailmap.e2e;

import io.trailmap.demo.ServiceSuite;

import com.fasterxml.jackson.databind.JsonNode;
import io.trailmap.demo.ServiceClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Document;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The four services as separate processes, driven as a frontend (GraphQL) and a CRM (REST) would:
 * a retail-store journey with four touchpoints, ten customers walking it (3 buy), feedback in three
 * languages; then feedback-service goes down and comes back, a customer is erased, and a second
 * tenant looks for the first one's data. The steps build on each other, in order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(SharedSuite.class)
class EndToEndTest {

    private static final String TENANT = "acme";
    private static final String OTHER = "globex";
    private static final List<String> STAGES = List.of("plan-visit", "arrive-browse", "decide", "checkout", "after-visit");
    /** How many of the ten customers reach each stage, in order. */
    private static final int[] REACHED = {10, 6, 4, 3, 1};
    /** What shopper-0, erased later, said. */
    private static final String ERASED_COMMENT = "The queue at the checkout was far too long and the staff were rude.";

    private static ServiceSuite suite;
    private static GraphQL viewer;
    private static GraphQL editor;
    private static String journeyId;
    private static final Map<String, String> touchpoints = new LinkedHashMap<>();

    @BeforeAll
    static void startTheSuite(ServiceSuite running) {
        suite = running;
        viewer = new GraphQL(suite.client("gateway", TENANT, "viewer"));
        editor = new GraphQL(suite.client("gateway", TENANT, "editor"));
    }

    /** A test that stops or kills a service and fails before its restart leaves no other test without it. */
    @AfterEach
    void restartWhatATestLeftStopped() throws Exception {
        List<String> restarted = suite.restartStopped();
        if (!restarted.isEmpty()) {
            System.out.println("e2e: restarted after a failed test: " + restarted);
        }
    }

    @Test
    @Order(1)
    void aJourneyIsCreatedFromATemplateThroughGraphQL() {
        JsonNode journey = editor.data("mutation($key: String!) { instantiateTemplate(key: $key) { id name status stages { key } personas { name } } }",
                Map.of("key", "retail-store")).get("instantiateTemplate");
        journeyId = journey.get("id").asText();
        assertThat(journey.get("status").asText()).isEqualTo("DRAFT");
        List<String> keys = new ArrayList<>();
        journey.get("stages").forEach(s -> keys.add(s.get("key").asText()));
        assertThat(keys).containsExactlyElementsOf(STAGES);
        // the template's one persona, created in the tenant and linked
        assertThat(journey.get("personas").findValuesAsText("name")).containsExactly("Sara, the busy parent");

        JsonNode published = editor.data("mutation($id: ID!) { publishJourney(id: $id) { status } }", Map.of("id", journeyId));
        assertThat(published.at("/publishJourney/status").asText()).isEqualTo("PUBLISHED");
    }

    @Test
    @Order(2)
    void touchpointsAreCreatedAndLinkedThroughGraphQLAndRest() {
        JsonNode flyer = editor.data("mutation($input: TouchpointInput!) { createTouchpoint(input: $input) { id links { stageKey } } }",
                Map.of("input", Map.of("name", "Weekly flyer", "channel", "PRINT_AD", "funnelPosition", "TOFU",
                        "links", List.of(Map.of("journeyId", journeyId, "stageKey", "plan-visit"))))).get("createTouchpoint");
        touchpoints.put("plan-visit", flyer.get("id").asText());

        ServiceClient crm = suite.client("touchpoint-service", TENANT, "editor");
        JsonNode aisles = crm.post("/touchpoints", Map.of("name", "Store aisles", "channel", "IN_STORE", "funnelPosition", "MOFU",
                "links", List.of(Map.of("journeyId", journeyId, "stageKey", "arrive-browse"),
                        Map.of("journeyId", journeyId, "stageKey", "decide")))).expect(201).json();
        touchpoints.put("arrive-browse", aisles.get("id").asText());
        touchpoints.put("decide", aisles.get("id").asText());
        JsonNode receipt = crm.post("/touchpoints", Map.of("name", "E-receipt", "channel", "EMAIL", "funnelPosition", "POST_PURCHASE",
                "links", List.of(Map.of("journeyId", journeyId, "stageKey", "after-visit")))).expect(201).json();
        touchpoints.put("after-visit", receipt.get("id").asText());

        String tills = editor.data("mutation { createTouchpoint(input: {name: \"Checkout tills\", channel: CHECKOUT, funnelPosition: BOFU}) { id } }",
                Map.of()).at("/createTouchpoint/id").asText();
        JsonNode linked = editor.data("mutation($j: ID!, $t: ID!) { linkTouchpoint(journeyId: $j, stageKey: \"checkout\", touchpointId: $t) { links { stageKey } } }",
                Map.of("j", journeyId, "t", tills)).get("linkTouchpoint");
        assertThat(linked.at("/links/0/stageKey").asText()).isEqualTo("checkout");
        touchpoints.put("checkout", tills);

        JsonNode stages = viewer.data("query($id: ID!) { journey(id: $id) { stages { key touchpoints { name } } } }",
                Map.of("id", journeyId)).at("/journey/stages");
        assertThat(stages.get(1).at("/touchpoints/0/name").asText()).isEqualTo("Store aisles");
        assertThat(stages.get(3).at("/touchpoints/0/name").asText()).isEqualTo("Checkout tills");
    }

    @Test
    @Order(3)
    void interactionsAreIngestedAndARetriedBatchIsRecognised() {
        List<Map<String, Object>> batch = interactions();
        ServiceClient ingest = suite.client("touchpoint-service", TENANT, "ingest");
        JsonNode first = ingest.post("/interactions", batch).expect(202).json();
        assertThat(first.get("accepted").asInt()).isEqualTo(24);
        assertThat(first.get("rejected")).isEmpty();

        JsonNode retried = ingest.post("/interactions", batch).expect(202).json();
        assertThat(retried.get("accepted").asInt()).isZero();
        assertThat(retried.get("duplicates").asInt()).isEqualTo(24);
        // acknowledged means stored; the analytics count it a moment later: read-your-writes by minDataAsOf
        suite.client("touchpoint-service", TENANT, "viewer")
                .get("/analytics/freshness?minDataAsOf=" + first.get("acknowledgedAt").asText()).expect(200);

        JsonNode funnel = viewer.data("query($j: ID!, $s: [String!]!) { funnel(journeyId: $j, stages: $s) { stages { stageKey customers dropOff } } }",
                Map.of("j", journeyId, "s", STAGES)).at("/funnel/stages");
        for (int k = 0; k < STAGES.size(); k++) {
            assertThat(funnel.get(k).get("customers").asInt()).as(STAGES.get(k)).isEqualTo(REACHED[k]);
        }

        JsonNode attribution = viewer.data("query($j: ID!) { attribution(journeyId: $j, model: LAST_TOUCH) { conversions touchpoints { touchpointId credit } } }",
                Map.of("j", journeyId)).get("attribution");
        assertThat(attribution.get("conversions").asInt()).isEqualTo(3);
        assertThat(attribution.at("/touchpoints/0/touchpointId").asText()).isEqualTo(touchpoints.get("checkout"));
        assertThat(attribution.at("/touchpoints/0/credit").asDouble()).isEqualTo(3.0);
    }

    @Test
    @Order(4)
    void feedbackInThreeLanguagesIsScoredAndOpensFollowUps() {
        ServiceClient ingest = suite.client("feedback-service", TENANT, "ingest");
        String tills = touchpoints.get("checkout");
        JsonNode answer = ingest.post("/responses", List.of(
                response("r-en", "shopper-0", 2, ERASED_COMMENT, tills),
                response("r-fi", "shopper-1", 3, "Jono kassalle oli aivan liian pitkä ja palvelu oli hidasta.", tills),
                response("r-sv", "shopper-2", 10, "Mycket bra service, personalen var verkligen trevlig och hjälpsam.", tills)))
                .expect(202).json();
        assertThat(answer.get("accepted").asInt()).isEqualTo(3);
        assertThat(answer.findValuesAsText("language")).containsExactly("en", "fi", "sv");
        assertThat(answer.at("/results/0/sentiment/label").asText()).isEqualTo("NEGATIVE");
        assertThat(answer.at("/results/2/sentiment/label").asText()).isEqualTo("POSITIVE");

        JsonNode submitted = new GraphQL(suite.client("gateway", TENANT, "ingest")).data(
                "mutation($r: [ResponseInput!]!) { submitFeedback(responses: $r) { accepted results { category language } } }",
                Map.of("r", List.of(Map.of("responseId", "r-csat", "kind", "CSAT", "score", 5, "customerId", "shopper-3",
                        "journeyId", journeyId, "stageKey", "arrive-browse", "comment", "Great selection and friendly staff.")))).get("submitFeedback");
        assertThat(submitted.get("accepted").asInt()).isEqualTo(1);
        assertThat(submitted.at("/results/0/category").asText()).isEqualTo("SATISFIED");

        // NPS at checkout: 1 promoter, 2 detractors of 3 → (1 − 2) / 3 · 100 = −33.33
        JsonNode summary = viewer.data("query($j: ID!) { feedbackSummary(journeyId: $j, stageKey: \"checkout\") { nps responses detractors } }",
                Map.of("j", journeyId)).get("feedbackSummary");
        assertThat(summary.get("nps").asDouble()).isCloseTo(-33.33, org.assertj.core.data.Offset.offset(0.01));
        assertThat(summary.get("responses").asInt()).isEqualTo(3);
        JsonNode followUps = viewer.data("{ followUps(status: OPEN) { edges { node { customerId stageKey } } pageInfo { hasNextPage } } }",
                Map.of()).get("followUps");
        assertThat(followUps.at("/pageInfo/hasNextPage").asBoolean()).isFalse();
        assertThat(followUps.findValuesAsText("customerId")).containsExactlyInAnyOrder("shopper-0", "shopper-1");
    }

    @Test
    @Order(5)
    void insightsAndTheMapJoinWhatHappensWithWhatCustomersSay() throws Exception {
        JsonNode insights = viewer.data("query($j: ID!) { journeyInsights(journeyId: $j) { unavailable stages { stageKey conversion dropOff nps csat }"
                + " painPoints { kind stageKey } } }", Map.of("j", journeyId)).get("journeyInsights");
        assertThat(insights.get("unavailable")).isEmpty();
        JsonNode checkout = insights.get("stages").get(3);
        assertThat(checkout.get("stageKey").asText()).isEqualTo("checkout");
        assertThat(checkout.get("conversion").asDouble()).isEqualTo(0.75);
        assertThat(checkout.get("dropOff").asInt()).isEqualTo(1);
        assertThat(checkout.get("nps").asDouble()).isCloseTo(-33.33, org.assertj.core.data.Offset.offset(0.01));
        assertThat(insights.get("stages").get(1).get("csat").asDouble()).isEqualTo(100.0);

        ServiceClient.Answer map = suite.client("gateway", TENANT, "viewer").get("/journeys/" + journeyId + "/map.svg").expect(200);
        assertThat(map.headers().firstValue("Content-Type").orElse("")).startsWith("image/svg+xml");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document svg = factory.newDocumentBuilder().parse(new ByteArrayInputStream(map.text().getBytes(StandardCharsets.UTF_8)));
        assertThat(svg.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(map.text()).contains("Queue and pay").contains("Checkout tills").contains("measured-emotion");
    }

    @Test
    @Order(6)
    void withFeedbackServiceDownTheGatewayAnswersTheRestAndComesBackWithIt() throws Exception {
        String query = "query($j: ID!) { journey(id: $j) { name stages { key funnel { customers } feedback { nps } } } }";
        suite.stop("feedback-service");

        JsonNode partial = viewer.query(query, Map.of("j", journeyId));
        assertThat(partial.at("/data/journey/name").asText()).isEqualTo("In-store shopping visit");
        assertThat(partial.at("/data/journey/stages/3/funnel/customers").asInt()).isEqualTo(3);
        assertThat(partial.at("/data/journey/stages/3/feedback").isNull()).isTrue();
        JsonNode error = partial.get("errors").get(0);
        assertThat(error.at("/extensions/code").asText()).isEqualTo("UNAVAILABLE");
        assertThat(error.get("path").toString()).contains("feedback");

        suite.restart("feedback-service");
        JsonNode full = null;
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            full = viewer.query(query, Map.of("j", journeyId));
            if (!full.hasNonNull("errors")) {
                break;
            }
            Thread.sleep(1000);   // the circuit breaker lets a trial call through after its delay
        }
        assertThat(full.hasNonNull("errors")).as("errors after the restart: %s", full.get("errors")).isFalse();
        assertThat(full.at("/data/journey/stages/3/feedback/nps").asDouble()).isCloseTo(-33.33, org.assertj.core.data.Offset.offset(0.01));
    }

    /**
     * feedback-service is down when the erasure is asked for: touchpoint-service erases, the answer says
     * feedback-service did not; asked again once it is back, the erasure completes (touchpoint-service
     * answers its first receipt again). Then nothing of the customer is left in any table or collection.
     */
    @Test
    @Order(7)
    void anErasureCutShortByAServiceDownIsCompletedWhenAskedAgainAndLeavesNothing() throws Exception {
        String shopper0 = "{ customer(id: \"shopper-0\") { timeline { edges { node { eventId } } } feedback { edges { node { responseId } } } } }";
        JsonNode before = viewer.data(shopper0, Map.of()).get("customer");
        assertThat(before.at("/timeline/edges")).hasSize(5);
        assertThat(before.at("/feedback/edges")).hasSize(1);
        GraphQL admin = new GraphQL(suite.client("gateway", TENANT, "admin"));
        String erase = "mutation { eraseCustomer(customerId: \"shopper-0\") { interactions responses followUps complete"
                + " receipts { service status auditId repeated error } } }";

        suite.stop("feedback-service");
        JsonNode partial = admin.query(erase, Map.of());
        assertThat(partial.at("/errors/0/extensions/code").asText()).isEqualTo("UNAVAILABLE");
        assertThat(partial.at("/errors/0/path").toString()).isEqualTo("[\"eraseCustomer\"]");
        JsonNode firstTry = partial.at("/data/eraseCustomer");
        assertThat(firstTry.get("complete").asBoolean()).isFalse();
        assertThat(firstTry.get("interactions").asInt()).isEqualTo(5);
        assertThat(firstTry.get("responses").isNull()).isTrue();
        assertThat(firstTry.get("receipts").findValuesAsText("status")).containsExactly("ERASED", "FAILED");
        String touchpointAudit = firstTry.at("/receipts/0/auditId").asText();

        suite.restart("feedback-service");
        JsonNode erasure = admin.data(erase, Map.of()).get("eraseCustomer");
        assertThat(erasure.get("complete").asBoolean()).isTrue();
        assertThat(erasure.get("receipts").findValuesAsText("service")).containsExactly("touchpoint-service", "feedback-service");
        assertThat(erasure.get("receipts").findValuesAsText("status")).containsExactly("ERASED", "ERASED");
        assertThat(erasure.at("/receipts/0/auditId").asText()).isEqualTo(touchpointAudit);
        assertThat(erasure.get("receipts").findValuesAsText("repeated")).containsExactly("true", "false");
        assertThat(erasure.get("interactions").asInt()).isEqualTo(5);
        assertThat(erasure.get("responses").asInt()).isEqualTo(1);
        assertThat(erasure.get("followUps").asInt()).isEqualTo(1);
        for (JsonNode receipt : erasure.get("receipts")) {
            String service = receipt.get("service").asText();
            String audit = suite.client(service, TENANT, "admin").get("/audit/erasures").expect(200).text();
            assertThat(audit).as(service + "'s audit").contains(receipt.get("auditId").asText()).doesNotContain("shopper-0");
        }

        // nothing of them anywhere: every table of touchpoint-service, every collection of feedback-service
        try (java.sql.Connection db = java.sql.DriverManager.getConnection(suite.jdbcUrl("touchpoint-service"))) {
            assertThat(io.trailmap.testsupport.StoredTraces.inPostgres(db, "shopper-0")).isEmpty();
        }
        try (com.mongodb.client.MongoClient mongo = com.mongodb.client.MongoClients.create(suite.mongoUrl())) {
            assertThat(io.trailmap.testsupport.StoredTraces.inMongo(mongo.getDatabase("trailmap_feedback"), "\"shopper-0\"", ERASED_COMMENT))
                    .isEmpty();
        }
        assertThat(suite.client("feedback-service", TENANT, "viewer").get("/follow-ups?status=OPEN").expect(200).json()
                .findValuesAsText("customerId")).containsExactly("shopper-1");
        JsonNode after = viewer.data(shopper0, Map.of()).get("customer");
        assertThat(after.at("/timeline/edges")).isEmpty();
        assertThat(after.at("/feedback/edges")).isEmpty();
        // the derived funnel no longer counts them: shopper-0 had reached every stage
        JsonNode funnel = viewer.data("query($j: ID!, $s: [String!]!) { funnel(journeyId: $j, stages: $s) { stages { customers } } }",
                Map.of("j", journeyId, "s", STAGES)).at("/funnel/stages");
        assertThat(funnel.get(0).get("customers").asInt()).isEqualTo(9);
        assertThat(funnel.get(3).get("customers").asInt()).isEqualTo(2);
        assertThat(funnel.get(4).get("customers").asInt()).isZero();
    }

    @Test
    @Order(8)
    void aSecondTenantSeesNothingOfTheFirst() {
        GraphQL other = new GraphQL(suite.client("gateway", OTHER, "admin"));
        assertThat(other.data("{ journeys { edges { node { id } } } }", Map.of()).at("/journeys/edges")).isEmpty();
        assertThat(other.data("query($j: ID!) { journey(id: $j) { id } journeyInsights(journeyId: $j) { journeyId } }",
                Map.of("j", journeyId)).get("journey").isNull()).isTrue();
        String shopper1 = "customer(id: \"shopper-1\") { timeline { edges { node { eventId } } } feedback { edges { node { responseId } } } }";
        assertThat(other.data("{ touchpoints { edges { node { id } } } followUps { edges { node { id } } } " + shopper1 + " }",
                Map.of()).toString()).doesNotContain("shopper-1\"").doesNotContain(touchpoints.get("checkout"));
        assertThat(other.data("{ " + shopper1 + " }", Map.of()).at("/customer/timeline/edges")).isEmpty();

        assertThat(suite.client("journey-service", OTHER, "admin").get("/journeys/" + journeyId).status()).isEqualTo(404);
        assertThat(suite.client("touchpoint-service", OTHER, "admin").get("/touchpoints/" + touchpoints.get("checkout")).status()).isEqualTo(404);
        assertThat(suite.client("feedback-service", OTHER, "admin").get("/feedback/summary?journeyId=" + journeyId).expect(200).json()
                .get("responses").asInt()).isZero();
        assertThat(suite.client("gateway", OTHER, "admin").get("/journeys/" + journeyId + "/map.svg").status()).isEqualTo(404);
    }

    @Test
    @Order(9)
    void productionSettingsHideIntrospectionAndUis() {
        JsonNode introspection = viewer.query("{ __schema { types { name } } }");
        assertThat(introspection.path("data").isMissingNode() || introspection.path("data").isNull()).isTrue();
        assertThat(introspection.at("/errors/0/message").asText()).contains("__schema");
        assertThat(new ServiceClient(suite.url("gateway"), null).get("/q/graphql-ui/").status()).isEqualTo(404);
        assertThat(new ServiceClient(suite.url("journey-service"), null).get("/q/swagger-ui/").status()).isEqualTo(404);
        assertThat(new ServiceClient(suite.url("gateway"), null).post("/graphql", Map.of("query", "{ personas { edges { node { id } } } }")).status())
                .isEqualTo(401);
    }

    @Test
    @Order(10)
    void aSigtermDuringIngestionLetsTheRequestsInFlightFinish() throws Exception {
        String journey = java.util.UUID.randomUUID().toString();
        String touchpoint = java.util.UUID.randomUUID().toString();
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        String token = suite.token(TENANT, "ingest");
        List<java.util.concurrent.CompletableFuture<java.net.http.HttpResponse<String>>> inFlight = new ArrayList<>();
        int batches = 6;
        int perBatch = 5_000;
        for (int b = 0; b < batches; b++) {
            List<Map<String, Object>> events = new ArrayList<>();
            for (int i = 0; i < perBatch; i++) {
                events.add(Map.of("eventId", "sigterm-" + b + "-" + i, "customerId", "sigterm-" + b + "-" + i, "journeyId", journey,
                        "stageKey", "arrive", "touchpointId", touchpoint, "type", "VISIT",
                        "occurredAt", Instant.now().minus(1, ChronoUnit.HOURS).toString()));
            }
            String body = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(events);
            inFlight.add(http.sendAsync(java.net.http.HttpRequest.newBuilder(java.net.URI.create(suite.url("touchpoint-service") + "/interactions"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build(), java.net.http.HttpResponse.BodyHandlers.ofString()));
        }
        // SIGTERM only once the service has every batch: each is answered already or being handled
        int handling = io.trailmap.testsupport.Eventually.until(() -> activeRequests("touchpoint-service"),
                active -> active + (int) inFlight.stream().filter(java.util.concurrent.CompletableFuture::isDone).count() >= batches,
                Duration.ofSeconds(60), "every batch to reach touchpoint-service");
        System.out.printf("e2e: SIGTERM with %d of %d batches being handled%n", handling, batches);
        suite.stop("touchpoint-service");   // SIGTERM, then waits for the process to end

        int accepted = 0;
        Instant lastAcknowledged = Instant.EPOCH;
        for (var request : inFlight) {
            java.net.http.HttpResponse<String> response = request.get();
            assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
            JsonNode answer = new com.fasterxml.jackson.databind.ObjectMapper().readTree(response.body());
            accepted += answer.get("accepted").asInt();
            lastAcknowledged = latest(lastAcknowledged, Instant.parse(answer.get("acknowledgedAt").asText()));
        }
        assertThat(accepted).isEqualTo(batches * perBatch);

        suite.restart("touchpoint-service");   // what was acknowledged and not yet counted is counted by the new process
        JsonNode funnel = suite.client("touchpoint-service", TENANT, "viewer")
                .get("/analytics/funnel?journeyId=" + journey + "&stages=arrive&minDataAsOf=" + lastAcknowledged).expect(200).json();
        assertThat(funnel.at("/stages/0/customers").asInt()).isEqualTo(batches * perBatch);
    }

    @Test
    @Order(11)
    void killingTouchpointServiceMidIngestionLosesAndDoublesNothing() throws Exception {
        String journey = java.util.UUID.randomUUID().toString();
        String touchpoint = suite.client("touchpoint-service", TENANT, "editor").post("/touchpoints",
                Map.of("name", "Crash-test kiosk", "channel", "IN_STORE", "funnelPosition", "MOFU")).expect(201).json().get("id").asText();
        int batchCount = 30;
        int perBatch = 1_000;
        List<String> batches = new ArrayList<>();
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        String at = Instant.now().minus(2, ChronoUnit.HOURS).toString();
        for (int b = 0; b < batchCount; b++) {
            List<Map<String, Object>> events = new ArrayList<>();
            for (int i = 0; i < perBatch; i++) {
                events.add(Map.of("eventId", "crash-" + b + "-" + i, "customerId", "crash-" + b + "-" + i, "journeyId", journey,
                        "stageKey", "arrive", "touchpointId", touchpoint, "type", "VISIT", "occurredAt", at));
            }
            batches.add(json.writeValueAsString(events));
        }
        RetryingClient client = new RetryingClient(suite.url("touchpoint-service") + "/interactions", suite.token(TENANT, "ingest"), batches);
        Thread sender = new Thread(client, "crm");
        sender.start();
        while (client.acknowledged.get() < 8 && sender.isAlive()) {
            Thread.sleep(20);
        }
        suite.kill("touchpoint-service");
        Thread.sleep(1_000);
        suite.restart("touchpoint-service");
        sender.join(Duration.ofMinutes(4).toMillis());
        assertThat(client.failure).isNull();
        assertThat(client.acks).hasSize(batchCount);

        int accepted = 0;
        Instant lastAcknowledged = Instant.EPOCH;
        for (RetryingClient.Ack ack : client.acks) {
            lastAcknowledged = latest(lastAcknowledged, ack.acknowledgedAt());
            assertThat(ack.accepted() + ack.duplicates()).as("batch %d", ack.batch()).isEqualTo(perBatch);
            if (ack.attempts() == 1) {
                assertThat(ack.duplicates()).as("batch %d sent once", ack.batch()).isZero();
            }
            accepted += ack.accepted();
        }
        System.out.printf("e2e: kill -9 during ingestion: %d batches retried%n", client.acks.stream().filter(a -> a.attempts() > 1).count());
        ServiceClient viewer = suite.client("touchpoint-service", TENANT, "viewer");
        JsonNode metrics = viewer.get("/analytics/touchpoints/" + touchpoint + "?minDataAsOf=" + lastAcknowledged).expect(200).json();
        // every event exactly once: as many rows as events sent, and the first-time acceptances add up to them
        assertThat(metrics.get("interactions").asLong()).isEqualTo((long) batchCount * perBatch);
        assertThat(accepted).isLessThanOrEqualTo(batchCount * perBatch);
        JsonNode rollup = viewer.get("/analytics/funnel?journeyId=" + journey + "&stages=arrive").expect(200).json();
        JsonNode raw = suite.client("touchpoint-service", TENANT, "admin")
                .get("/analytics/funnel?journeyId=" + journey + "&stages=arrive&source=RAW").expect(200).json();
        assertThat(rollup.at("/stages/0/customers").asInt()).isEqualTo(batchCount * perBatch)
                .isEqualTo(raw.at("/stages/0/customers").asInt());
    }

    @Test
    @Order(12)
    void killingFeedbackServiceMidSubmissionLosesAndDoublesNothing() throws Exception {
        String journey = java.util.UUID.randomUUID().toString();
        int batchCount = 15;
        int perBatch = 200;
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        List<String> batches = new ArrayList<>();
        for (int b = 0; b < batchCount; b++) {
            List<Map<String, Object>> responses = new ArrayList<>();
            for (int i = 0; i < perBatch; i++) {
                responses.add(Map.of("responseId", "crash-" + b + "-" + i, "kind", "NPS", "score", i % 2 == 0 ? 10 : 8,
                        "customerId", "crash-" + b + "-" + i, "journeyId", journey, "stageKey", "checkout"));
            }
            batches.add(json.writeValueAsString(responses));
        }
        RetryingClient client = new RetryingClient(suite.url("feedback-service") + "/responses", suite.token(TENANT, "ingest"), batches);
        Thread sender = new Thread(client, "survey-tool");
        sender.start();
        while (client.acknowledged.get() < 4 && sender.isAlive()) {
            Thread.sleep(10);
        }
        suite.kill("feedback-service");
        Thread.sleep(500);
        suite.restart("feedback-service");
        sender.join(Duration.ofMinutes(4).toMillis());
        assertThat(client.failure).isNull();
        assertThat(client.acks).hasSize(batchCount)
                .allSatisfy(ack -> assertThat(ack.accepted() + ack.duplicates()).isEqualTo(perBatch));
        assertThat(client.acks).filteredOn(ack -> ack.attempts() == 1).allSatisfy(ack -> assertThat(ack.duplicates()).isZero());
        System.out.printf("e2e: kill -9 during feedback submission: %d batches retried%n",
                client.acks.stream().filter(a -> a.attempts() > 1).count());
        // every response exactly once: half promoters (10), half passives (8) → NPS 50
        JsonNode summary = suite.client("feedback-service", TENANT, "viewer").get("/feedback/summary?journeyId=" + journey).expect(200).json();
        assertThat(summary.get("responses").asInt()).isEqualTo(batchCount * perBatch);
        assertThat(summary.get("promoters").asInt()).isEqualTo(batchCount * perBatch / 2);
        assertThat(summary.get("nps").asDouble()).isEqualTo(50.0);
    }

    /**
     * 50 editors each make 100 read-modify-write edits of one journey through the gateway: each edit
     * reads the journey and its version, increments a counter in the description and writes it back
     * with that version. Stale writes are CONFLICTs; the final counter equals the accepted edits.
     */
    @Test
    @Order(13)
    void concurrentEditorsThroughTheGatewayLoseNoUpdate() throws Exception {
        int editors = 50;
        int editsEach = Integer.getInteger("trailmap.e2e.edits", 100);
        String id = editor.data("mutation { createJourney(input: {name: \"Contended\", mapType: CURRENT_STATE, segment: B2C,"
                + " description: \"edits=0\", stages: [{name: \"Browse\", phase: CONSIDERATION}, {name: \"Buy\", phase: PURCHASE}]}) { id } }",
                Map.of()).at("/createJourney/id").asText();
        String read = "query($id: ID!) { journey(id: $id) { version description stages { key name phase } } }";
        int initialVersion = viewer.data(read, Map.of("id", id)).at("/journey/version").asInt();
        String write = "mutation($id: ID!, $v: Int!, $in: JourneyInput!) { updateJourney(id: $id, version: $v, input: $in) { version } }";
        java.util.concurrent.atomic.AtomicInteger accepted = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger conflicts = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.ConcurrentLinkedQueue<String> unexpected = new java.util.concurrent.ConcurrentLinkedQueue<>();
        long started = System.nanoTime();
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(editors)) {
            for (int e = 0; e < editors; e++) {
                GraphQL session = new GraphQL(suite.client("gateway", TENANT, "editor"));
                pool.submit(() -> {
                    for (int k = 0; k < editsEach; k++) {
                        JsonNode journey = session.data(read, Map.of("id", id)).get("journey");
                        int count = Integer.parseInt(journey.get("description").asText().substring("edits=".length()));
                        List<Map<String, Object>> stages = new ArrayList<>();
                        journey.get("stages").forEach(st -> stages.add(Map.of("key", st.get("key").asText(), "name", st.get("name").asText(),
                                "phase", st.get("phase").asText())));
                        JsonNode answer = session.query(write, Map.of("id", id, "v", journey.get("version").asInt(), "in",
                                Map.of("name", "Contended", "mapType", "CURRENT_STATE", "segment", "B2C", "description", "edits=" + (count + 1),
                                        "stages", stages)));
                        if (!answer.hasNonNull("errors")) {
                            accepted.incrementAndGet();
                        } else if ("CONFLICT".equals(answer.at("/errors/0/extensions/code").asText())) {
                            conflicts.incrementAndGet();
                        } else {
                            unexpected.add(answer.toString());
                        }
                    }
                    return null;
                });
            }
        }
        System.out.printf("e2e: %d editors × %d edits: %d accepted, %d conflicts in %.1f s%n", editors, editsEach, accepted.get(),
                conflicts.get(), (System.nanoTime() - started) / 1e9);
        assertThat(unexpected).isEmpty();
        assertThat(accepted.get() + conflicts.get()).isEqualTo(editors * editsEach);
        assertThat(accepted.get()).isPositive();
        JsonNode last = viewer.data(read, Map.of("id", id)).get("journey");
        assertThat(last.get("description").asText()).isEqualTo("edits=" + accepted.get());
        assertThat(last.get("version").asInt()).isEqualTo(initialVersion + accepted.get());
    }

    /** Requests the service is handling now besides this scrape (its http_server_active_requests gauge counts the scrape too). */
    private static int activeRequests(String service) {
        String metrics = new ServiceClient(suite.url(service), null).get("/q/metrics").expect(200).text();
        return metrics.lines().filter(line -> line.startsWith("http_server_active_requests"))
                .mapToInt(line -> (int) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum() - 1;
    }

    /** Ten customers, an hour between stages, five days ago: 10, 6, 4, 3, 1 reach the stages (24 events); 3 buy. */
    private static List<Map<String, Object>> interactions() {
        Instant start = Instant.now().minus(5, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        String[] types = {"VIEW", "VISIT", "ADD_TO_CART", "PURCHASE", "VISIT"};
        List<Map<String, Object>> events = new ArrayList<>();
        for (int c = 0; c < 10; c++) {
            for (int k = 0; k < STAGES.size() && c < REACHED[k]; k++) {
                Map<String, Object> event = new LinkedHashMap<>();
                event.put("eventId", "e-" + c + "-" + k);
                event.put("customerId", "shopper-" + c);
                event.put("journeyId", journeyId);
                event.put("stageKey", STAGES.get(k));
                event.put("touchpointId", touchpoints.get(STAGES.get(k)));
                event.put("type", types[k]);
                event.put("occurredAt", start.plus(c * 10L + k, ChronoUnit.HOURS).toString());
                if (types[k].equals("PURCHASE")) {
                    event.put("value", 42.5);
                    event.put("currency", "EUR");
                }
                events.add(event);
            }
        }
        return events;
    }

    private static Map<String, Object> response(String id, String customer, int score, String comment, String touchpoint) {
        return Map.of("responseId", id, "kind", "NPS", "score", score, "customerId", customer, "journeyId", journeyId,
                "stageKey", "checkout", "touchpointId", touchpoint, "comment", comment);
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
