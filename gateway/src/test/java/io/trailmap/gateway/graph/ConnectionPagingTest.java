package io.trailmap.gateway.graph;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.trailmap.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every growing list of the schema is a connection over its service's keyset paging: seven items read
 * three at a time come back as pages of 3, 3 and 1, each exactly once and in the service's order — two
 * pairs of them share a timestamp, one pair across a page boundary, so the id breaks the tie. The
 * stubbed services page as the real ones do ({@link KeysetPagedList}).
 */
@QuarkusTest
class ConnectionPagingTest {

    private static final String JOURNEY = "11111111-1111-1111-1111-111111111111";
    private static final String TOUCHPOINT = "44444444-4444-4444-4444-444444444444";
    /** The items' times in the order they are stubbed (not their order): ids …0001 to …0007 by position. */
    private static final List<String> TIMES = List.of("2026-11-01T10:00:00Z", "2026-11-01T09:00:00Z", "2026-11-01T09:00:00Z",
            "2026-11-02T08:00:00Z", "2026-11-01T11:00:00.500Z", "2026-11-02T08:00:00Z", "2026-11-01T12:00:00Z");
    /** Stubbed item (by position) → its id's last digit: ...0003, ...0001, ...0002, ...0007, ...0004, ...0006, ...0005. */
    private static final List<Integer> IDS = List.of(3, 1, 2, 7, 4, 6, 5);
    /** By time, then id (…0001 and …0002 share 09:00; …0006 and …0007 share 08:00 the next day, across pages 2 and 3). */
    private static final List<Integer> SERVICE_ORDER = List.of(1, 2, 3, 4, 5, 6, 7);

    private static String id(int n) {
        return "00000000-0000-4000-8000-00000000000" + n;
    }

    /** The seven items as JSON, each made by {@code item(n)} and carrying its time in {@code timeField}. */
    private static String items(String timeField, IntFunction<String> item) {
        List<String> json = new ArrayList<>();
        for (int i = 0; i < IDS.size(); i++) {
            json.add("{\"id\":\"" + id(IDS.get(i)) + "\",\"" + timeField + "\":\"" + TIMES.get(i) + "\"," + item.apply(IDS.get(i)) + "}");
        }
        return "[" + String.join(",", json) + "]";
    }

    @BeforeEach
    void stubs() {
        var stub = ServicesStub.server;
        stub.resetAll();
        stub.stubFor(get(urlPathEqualTo("/follow-ups")).willReturn(aResponse().withTransformers(KeysetPagedList.NAME)
                .withTransformerParameters(KeysetPagedList.of(items("createdAt", n -> "\"status\":\"OPEN\",\"version\":0"), "createdAt"))));
        stub.stubFor(get(urlPathEqualTo("/touchpoints")).willReturn(aResponse().withTransformers(KeysetPagedList.NAME)
                .withTransformerParameters(KeysetPagedList.of(items("createdAt", n -> "\"name\":\"Touchpoint " + n + "\",\"channel\":\"EMAIL\""),
                        "createdAt"))));
        stub.stubFor(get(urlPathEqualTo("/personas")).willReturn(aResponse().withTransformers(KeysetPagedList.NAME)
                .withTransformerParameters(KeysetPagedList.of(items("createdAt", n -> "\"name\":\"Persona " + n + "\",\"segment\":\"B2C\""),
                        "createdAt"))));
        stub.stubFor(get(urlPathEqualTo("/journeys")).willReturn(aResponse().withTransformers(KeysetPagedList.NAME)
                .withTransformerParameters(KeysetPagedList.of(items("createdAt", n -> "\"name\":\"Journey " + n + "\",\"mapType\":\"CURRENT_STATE\","
                        + "\"segment\":\"B2C\",\"status\":\"DRAFT\",\"version\":1,\"stages\":[]"), "createdAt"))));
        stub.stubFor(get(urlPathEqualTo("/customers/anna/timeline")).willReturn(aResponse().withTransformers(KeysetPagedList.NAME)
                .withTransformerParameters(KeysetPagedList.of(items("occurredAt", n -> "\"eventId\":\"event-" + n + "\",\"journeyId\":\""
                        + JOURNEY + "\",\"stageKey\":\"aware\",\"touchpointId\":\"" + TOUCHPOINT + "\",\"type\":\"VISIT\""), "occurredAt",
                        "{\"customerId\":\"anna\",\"journeys\":[{\"journeyId\":\"" + JOURNEY + "\",\"latestStageKey\":\"aware\","
                                + "\"conversions\":0,\"stages\":[{\"stageKey\":\"aware\"}]}]}"))));
        stub.stubFor(get(urlPathEqualTo("/responses")).withQueryParam("customerId", equalTo("anna"))
                .willReturn(aResponse().withTransformers(KeysetPagedList.NAME).withTransformerParameters(KeysetPagedList.of(
                        items("submittedAt", n -> "\"responseId\":\"response-" + n + "\",\"kind\":\"NPS\",\"score\":9"), "submittedAt"))));
    }

    private static JsonPath graphql(String query, Map<String, Object> variables) {
        return given().header("Authorization", TestTokens.bearer("acme", "viewer")).contentType(ContentType.JSON)
                .body(Map.of("query", query, "variables", variables)).post("/graphql").then().statusCode(200).extract().jsonPath();
    }

    /** One page: the connection at {@code path} of the answer to {@code query} with $first and $after. */
    private static JsonPath page(String query, int first, String after) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("first", first);
        variables.put("after", after);
        JsonPath answer = graphql(query, variables);
        assertThat(answer.getList("errors")).as("errors").isNull();
        return answer;
    }

    /** Reads the connection at {@code path} to its end, three at a time; answers the keys of the nodes, page by page. */
    private static List<List<String>> readAll(String query, String path, String key) {
        List<List<String>> pages = new ArrayList<>();
        String after = null;
        boolean more;
        do {
            JsonPath answer = page(query, 3, after);
            pages.add(answer.getList(path + ".edges.node." + key, String.class));
            List<String> cursors = answer.getList(path + ".edges.cursor", String.class);
            assertThat(answer.getString(path + ".pageInfo.endCursor")).as("the page ends at its last edge").isEqualTo(cursors.getLast());
            more = answer.getBoolean(path + ".pageInfo.hasNextPage");
            after = answer.getString(path + ".pageInfo.endCursor");
        } while (more && pages.size() < 10);
        return pages;
    }

    private static List<List<String>> inServiceOrder(IntFunction<String> key) {
        List<String> all = SERVICE_ORDER.stream().map(key::apply).toList();
        return List.of(all.subList(0, 3), all.subList(3, 6), all.subList(6, 7));
    }

    private static void verifyPagedCalls(String path) {
        ServicesStub.server.verify(3, getRequestedFor(urlPathEqualTo(path)).withQueryParam("limit", equalTo("3")));
        ServicesStub.server.verify(1, getRequestedFor(urlPathEqualTo(path)).withoutQueryParam("cursor"));
    }

    private static final String FOLLOW_UPS = """
            query($first: Int, $after: String) { followUps(first: $first, after: $after) {
              edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }""";

    @Test
    void followUpsAreReadToTheEndThroughTheServicesCursorsNothingSkippedOrRepeated() {
        assertThat(readAll(FOLLOW_UPS, "data.followUps", "id")).isEqualTo(inServiceOrder(ConnectionPagingTest::id));
        verifyPagedCalls("/follow-ups");
    }

    @Test
    void touchpointsAreReadToTheEndThroughTheServicesCursorsNothingSkippedOrRepeated() {
        String query = """
                query($first: Int, $after: String) { touchpoints(first: $first, after: $after) {
                  edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }""";
        assertThat(readAll(query, "data.touchpoints", "id")).isEqualTo(inServiceOrder(ConnectionPagingTest::id));
        verifyPagedCalls("/touchpoints");
    }

    @Test
    void personasAreReadToTheEndThroughTheServicesCursorsNothingSkippedOrRepeated() {
        String query = """
                query($first: Int, $after: String) { personas(first: $first, after: $after) {
                  edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }""";
        assertThat(readAll(query, "data.personas", "id")).isEqualTo(inServiceOrder(ConnectionPagingTest::id));
        verifyPagedCalls("/personas");
    }

    @Test
    void journeysAreReadToTheEndThroughTheServicesCursorsNothingSkippedOrRepeated() {
        String query = """
                query($first: Int, $after: String) { journeys(first: $first, after: $after) {
                  edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }""";
        assertThat(readAll(query, "data.journeys", "id")).isEqualTo(inServiceOrder(ConnectionPagingTest::id));
        verifyPagedCalls("/journeys");
    }

    @Test
    void aCustomersTimelineIsReadToTheEndThroughTheServicesCursorsNothingSkippedOrRepeated() {
        String query = """
                query($first: Int, $after: String) { customer(id: "anna") { timeline(first: $first, after: $after) {
                  edges { cursor node { eventId } } pageInfo { hasNextPage endCursor } } } }""";
        assertThat(readAll(query, "data.customer.timeline", "eventId")).isEqualTo(inServiceOrder(n -> "event-" + n));
        verifyPagedCalls("/customers/anna/timeline");
    }

    @Test
    void aCustomersFeedbackIsReadToTheEndThroughTheServicesCursorsNothingSkippedOrRepeated() {
        String query = """
                query($first: Int, $after: String) { customer(id: "anna") { feedback(first: $first, after: $after) {
                  edges { cursor node { responseId } } pageInfo { hasNextPage endCursor } } } }""";
        assertThat(readAll(query, "data.customer.feedback", "responseId")).isEqualTo(inServiceOrder(n -> "response-" + n));
        verifyPagedCalls("/responses");
    }

    @Test
    void aClientMayContinueAfterAnyEdgeNotOnlyTheLast() {
        JsonPath first = page(FOLLOW_UPS, 3, null);
        String secondEdge = first.getString("data.followUps.edges[1].cursor");
        JsonPath next = page(FOLLOW_UPS, 3, secondEdge);
        assertThat(next.getList("data.followUps.edges.node.id", String.class)).containsExactly(id(3), id(4), id(5));
        assertThat(next.getBoolean("data.followUps.pageInfo.hasNextPage")).isTrue();
    }

    @Test
    void theLastPageSaysNoMoreFollowAndEndsAtItsLastEdge() {
        JsonPath all = page(FOLLOW_UPS, 7, null);
        assertThat(all.getList("data.followUps.edges.node.id", String.class)).hasSize(7);
        assertThat(all.getBoolean("data.followUps.pageInfo.hasNextPage")).isFalse();
        assertThat(all.getString("data.followUps.pageInfo.endCursor")).isEqualTo(all.getString("data.followUps.edges[6].cursor"));
    }

    @Test
    void theCustomersStagesShareTheTimelinesCallWhicheverIsAskedFirst() {
        JsonPath answer = graphql("""
                { customer(id: "anna") { stages { journeyId stageKeys } timeline(first: 2) { edges { node { eventId } } } } }""", Map.of());
        assertThat(answer.getList("errors")).isNull();
        assertThat(answer.getList("data.customer.stages.stageKeys")).isEqualTo(List.of(List.of("aware")));
        assertThat(answer.getList("data.customer.timeline.edges.node.eventId")).isEqualTo(List.of("event-1", "event-2"));
        ServicesStub.server.verify(1, getRequestedFor(urlPathEqualTo("/customers/anna/timeline")));
        ServicesStub.server.verify(1, getRequestedFor(urlPathEqualTo("/customers/anna/timeline")).withQueryParam("limit", equalTo("2")));
    }

    /** Each connection with its service path, as a query taking $first and $after. */
    private static final Map<String, String> CONNECTIONS = Map.of(
            "/follow-ups", FOLLOW_UPS,
            "/touchpoints", "query($first: Int, $after: String) { touchpoints(first: $first, after: $after) { edges { cursor } } }",
            "/personas", "query($first: Int, $after: String) { personas(first: $first, after: $after) { edges { cursor } } }",
            "/journeys", "query($first: Int, $after: String) { journeys(first: $first, after: $after) { edges { cursor } } }",
            "/customers/anna/timeline", "query($first: Int, $after: String) { customer(id: \"anna\") { timeline(first: $first, after: $after) { edges { cursor } } } }",
            "/responses", "query($first: Int, $after: String) { customer(id: \"anna\") { feedback(first: $first, after: $after) { edges { cursor } } } }");

    /** The largest {@code first} of each connection, as its description says. */
    private static final Map<String, Integer> MAXIMA = Map.of("/follow-ups", 500, "/touchpoints", 500, "/personas", 500,
            "/journeys", 100, "/customers/anna/timeline", 500, "/responses", 500);

    @Test
    void aFirstOutsideOneToTheMaximumIsBadUserInputBeforeAnyServiceIsAsked() {
        CONNECTIONS.forEach((path, query) -> {
            for (int first : List.of(0, -1, MAXIMA.get(path) + 1)) {
                JsonPath answer = graphql(query, Map.of("first", first));
                assertThat(answer.getString("errors[0].extensions.code")).as(path + " first " + first).isEqualTo("BAD_USER_INPUT");
                assertThat(answer.getString("errors[0].message")).as(path + " first " + first)
                        .contains("first: must be between 1 and " + MAXIMA.get(path) + ", not " + first);
            }
            ServicesStub.server.verify(0, getRequestedFor(urlPathEqualTo(path)));
        });
    }

    /** Not a silent truncation (1.5 → 1) or overflow (2^63 − 1 → −1): a number that is no Int is refused, saying so. */
    @Test
    void aFirstThatIsNoIntIsRefusedWithAClearMessageBeforeAnyServiceIsAsked() {
        CONNECTIONS.forEach((path, query) -> {
            for (Object first : List.<Object>of(1.5, 1e308, Long.MAX_VALUE)) {
                JsonPath answer = graphql(query, Map.of("first", first));
                assertThat(answer.getString("errors[0].message")).as(path + " first " + first).contains("Can not parse a integer from");
            }
            ServicesStub.server.verify(0, getRequestedFor(urlPathEqualTo(path)));
        });
    }

    @Test
    void theMaximumFirstOfEachConnectionIsPassedOnAsTheServicesLimit() {
        CONNECTIONS.forEach((path, query) -> {
            JsonPath answer = graphql(query, Map.of("first", MAXIMA.get(path)));
            assertThat(answer.getList("errors")).as(path).isNull();
            ServicesStub.server.verify(1, getRequestedFor(urlPathEqualTo(path)).withQueryParam("limit", equalTo(String.valueOf(MAXIMA.get(path)))));
        });
    }

    @ParameterizedTest
    // garbage; "v1|not-an-instant|x"; not Base64; "v1|+1000000000-01-01T00:00:00Z|…0001", an instant no database stores
    @ValueSource(strings = {"not-a-cursor", "djF8bm90LWFuLWluc3RhbnR8eA", "%%%",
            "djF8KzEwMDAwMDAwMDAtMDEtMDFUMDA6MDA6MDBafDAwMDAwMDAwLTAwMDAtNDAwMC04MDAwLTAwMDAwMDAwMDAwMQ"})
    void aMalformedAfterIsBadUserInputBeforeAnyServiceIsAsked(String after) {
        CONNECTIONS.forEach((path, query) -> {
            JsonPath answer = graphql(query, Map.of("first", 3, "after", after));
            assertThat(answer.getString("errors[0].extensions.code")).as(path).isEqualTo("BAD_USER_INPUT");
            assertThat(answer.getString("errors[0].message")).as(path).contains("after: is not a cursor this API returned");
            ServicesStub.server.verify(0, getRequestedFor(urlPathEqualTo(path)));
        });
    }
}
