package io.trailmap.gateway.graph;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.trailmap.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class GraphQLGatewayTest {

    private static final String J1 = "11111111-1111-1111-1111-111111111111";
    private static final String J2 = "22222222-2222-2222-2222-222222222222";
    private static final String P1 = "33333333-3333-3333-3333-333333333333";
    private static final String T1 = "44444444-4444-4444-4444-444444444444";

    private static String journey(String id, String name) {
        return """
                {"id":"%s","name":"%s","mapType":"CURRENT_STATE","segment":"B2C","status":"DRAFT","version":3,"createdAt":"2026-11-01T10:00:00.123456Z",
                 "personaIds":["%s"],"stages":[
                  {"key":"aware","name":"Aware","phase":"AWARENESS","position":0,"emotion":{"score":1,"label":"curious"},"painPoints":[]},
                  {"key":"buy","name":"Buy","phase":"PURCHASE","position":1,"emotion":{"score":-2,"label":"annoyed"},
                   "painPoints":[{"id":"pp1","description":"Hidden shipping cost","severity":5}]},
                  {"key":"retain","name":"Retain","phase":"RETENTION","position":2,"painPoints":[]}]}""".formatted(id, name, P1);
    }

    private static String summary(double nps) {
        return SummariesPerKey.summary(nps, 80, 0.2, "Delivery", 1);
    }

    @BeforeEach
    void stubs() {
        ServicesStub.server.resetAll();
        ServicesStub.server.stubFor(get(urlPathEqualTo("/journeys")).willReturn(okJson(
                "{\"items\":[" + journey(J1, "Webshop") + "," + journey(J2, "Store") + "],\"nextCursor\":\"c2\"}")));
        ServicesStub.server.stubFor(get(urlPathEqualTo("/journeys/" + J1)).willReturn(okJson(journey(J1, "Webshop"))));
        ServicesStub.server.stubFor(get(urlPathEqualTo("/personas")).willReturn(okJson(
                "{\"items\":[{\"id\":\"" + P1 + "\",\"name\":\"Emma\",\"segment\":\"B2C\"}],\"nextCursor\":null}")));
        ServicesStub.server.stubFor(get(urlPathEqualTo("/touchpoints")).willReturn(okJson(
                "{\"items\":[{\"id\":\"" + T1 + "\",\"name\":\"Checkout\",\"channel\":\"CHECKOUT\",\"links\":[{\"journeyId\":\"" + J1
                        + "\",\"stageKey\":\"buy\"},{\"journeyId\":\"" + J2 + "\",\"stageKey\":\"buy\"}]}],\"nextCursor\":null}")));
        ServicesStub.server.stubFor(post(urlPathEqualTo("/analytics/funnels")).willReturn(aResponse().withTransformers(FunnelsPerJourney.NAME)));
        ServicesStub.server.stubFor(post(urlPathEqualTo("/feedback/summaries")).willReturn(aResponse().withTransformers(SummariesPerKey.NAME)));
        ServicesStub.server.stubFor(get(urlPathEqualTo("/analytics/dropoffs")).willReturn(okJson("""
                {"touchpoints":[{"touchpointId":"%s","name":"Checkout","stageKey":"buy","customers":30,"share":0.6},
                 {"touchpointId":"t-email","name":"Email","stageKey":"aware","customers":5,"share":0.1},
                 {"touchpointId":"t-store","name":"Store","stageKey":"retain","customers":15,"share":0.3}]}""".formatted(T1))));
    }

    private static io.restassured.response.ValidatableResponse graphql(String query) {
        return graphql(query, Map.of());
    }

    private static io.restassured.response.ValidatableResponse graphql(String query, Map<String, Object> variables) {
        return given().header("Authorization", TestTokens.bearer("acme", "viewer")).contentType(ContentType.JSON)
                .body(Map.of("query", query, "variables", variables)).post("/graphql").then();
    }

    private static final String NESTED = """
            { journeys(first: 20) { edges { node { id name personas { name }
                stages { key touchpoints { name channel } funnel { customers dropOff } feedback { nps topThemes { theme } themesFound } } } }
                pageInfo { hasNextPage endCursor } } }""";

    @Test
    void nestedFieldsAreFetchedWithOneCallPerServiceAndLevel() {
        graphql(NESTED).statusCode(200)
                .body("errors", nullValue())
                .body("data.journeys.edges", hasSize(2))
                .body("data.journeys.pageInfo.hasNextPage", is(true)).body("data.journeys.pageInfo.endCursor", is("c2"))
                .body("data.journeys.edges[0].node.personas[0].name", is("Emma"))
                .body("data.journeys.edges[0].node.stages[1].touchpoints[0].name", is("Checkout"))
                .body("data.journeys.edges[0].node.stages[0].touchpoints", hasSize(0))
                .body("data.journeys.edges[1].node.stages[1].funnel.customers", is(40))
                .body("data.journeys.edges[1].node.stages[1].feedback.nps", is(40.0f))
                .body("data.journeys.edges[0].node.stages[0].feedback.topThemes[0].theme", is("Price and fees"))
                .body("data.journeys.edges[0].node.stages[0].feedback.themesFound", is(1));

        ServicesStub.server.verify(1, getRequestedFor(urlPathEqualTo("/journeys")));
        ServicesStub.server.verify(1, getRequestedFor(urlPathEqualTo("/personas")));
        ServicesStub.server.verify(1, getRequestedFor(urlPathEqualTo("/touchpoints"))
                .withQueryParam("journeyIds", matching(".*" + J1 + ".*" + J2 + ".*")));
        ServicesStub.server.verify(1, postRequestedFor(urlPathEqualTo("/analytics/funnels")));
        ServicesStub.server.verify(1, postRequestedFor(urlPathEqualTo("/feedback/summaries")));
        // the caller's token travels on
        ServicesStub.server.verify(getRequestedFor(urlPathEqualTo("/journeys")).withHeader("Authorization", matching("Bearer .+")));
    }

    @Test
    void downstreamCallsCarryTheTraceContextAndAreMeasured() {
        graphql(NESTED).statusCode(200).body("errors", nullValue());
        ServicesStub.server.verify(getRequestedFor(urlPathEqualTo("/journeys"))
                .withHeader("traceparent", matching("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]")));
        ServicesStub.server.verify(postRequestedFor(urlPathEqualTo("/feedback/summaries"))
                .withHeader("traceparent", matching("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]")));
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        org.assertj.core.api.Assertions.assertThat(metrics)
                .contains("http_client_requests_seconds_count")
                .contains("ft_invocations_total")
                .contains("ft_circuitbreaker_state_total")
                .contains("io.trailmap.gateway.client.FeedbackClient.summaries");
    }

    @Test
    void aServiceThatIsDownLeavesItsFieldsNullWithErrorsAndTheRestIntact() {
        ServicesStub.server.stubFor(post(urlPathEqualTo("/feedback/summaries")).willReturn(aResponse().withStatus(503)));

        graphql(NESTED).statusCode(200)
                .body("data.journeys.edges[0].node.name", is("Webshop"))
                .body("data.journeys.edges[0].node.stages[1].touchpoints[0].name", is("Checkout"))
                .body("data.journeys.edges[0].node.stages[1].funnel.customers", is(40))
                .body("data.journeys.edges[0].node.stages[1].feedback", nullValue())
                .body("errors.extensions.code", everyItem(is("UNAVAILABLE")))
                .body("errors.path", hasItem(List.of("journeys", "edges", 0, "node", "stages", 1, "feedback")));
    }

    @Test
    void aMissingJourneyIsNullAndAStaleUpdateIsAConflict() {
        ServicesStub.server.stubFor(get(urlPathEqualTo("/journeys/" + J2)).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/problem+json").withBody("{\"status\":404,\"detail\":\"No journey\"}")));
        graphql("{ journey(id: \"" + J2 + "\") { id } }").statusCode(200).body("data.journey", nullValue());
        graphql("{ journey(id: \"" + J1 + "\") { name stages { key } } }").body("data.journey.stages", hasSize(3));

        ServicesStub.server.stubFor(put(urlPathEqualTo("/journeys/" + J1)).withHeader("If-Match", equalTo("\"2\""))
                .willReturn(aResponse().withStatus(412).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"status\":412,\"detail\":\"The resource was changed meanwhile\"}")));
        given().header("Authorization", TestTokens.bearer("acme", "editor")).contentType(ContentType.JSON)
                .body(Map.of("query", "mutation { updateJourney(id: \"" + J1 + "\", version: 2, input: {name: \"X\", mapType: CURRENT_STATE, segment: B2C}) { id } }"))
                .post("/graphql").then().statusCode(200)
                .body("data.updateJourney", nullValue())
                .body("errors[0].extensions.code", is("CONFLICT"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("changed meanwhile"));
    }

    @Test
    void validationErrorsOfServicesAreBadUserInputWithTheFields() {
        ServicesStub.server.stubFor(post(urlPathEqualTo("/journeys")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"status\":400,\"detail\":\"name: must not be blank\",\"errors\":[{\"field\":\"name\",\"message\":\"must not be blank\"}]}")));
        given().header("Authorization", TestTokens.bearer("acme", "editor")).contentType(ContentType.JSON)
                .body(Map.of("query", "mutation { createJourney(input: {name: \"\", mapType: CURRENT_STATE, segment: B2C}) { id } }"))
                .post("/graphql").then().statusCode(200)
                .body("errors[0].extensions.code", is("BAD_USER_INPUT"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("name: must not be blank"));
    }

    @Test
    void journeyInsightsJoinFunnelAndFeedbackPerStageAndFindPainfulTouchpoints() {
        // stage feedback: aware NPS 0, buy NPS 10, retain NPS 20 (the stub answers 10·i in key order); stage drop-off rates
        // buy 60/100 = 0.6, retain 30/40 = 0.75 (median 0.675) but no stage has negative feedback. Of the touchpoints where
        // non-converters were last seen (shares 0.6, 0.1, 0.3; median 0.3) Checkout is above the median and its feedback is negative.
        graphql("{ journeyInsights(journeyId: \"" + J1 + "\") { journeyId unavailable stages { stageKey conversion dropOff nps"
                + " assumedEmotion measuredEmotion experienceScore } painPoints { kind stageKey touchpointId touchpointName dropOffRate"
                + " medianDropOffRate dropOff nps themes evidence } } }").statusCode(200)
                .body("errors", nullValue())
                .body("data.journeyInsights.stages.stageKey", is(java.util.List.of("aware", "buy", "retain")))
                .body("data.journeyInsights.stages[1].conversion", is(0.4f))
                .body("data.journeyInsights.stages[1].dropOff", is(60))
                .body("data.journeyInsights.stages[1].nps", is(10.0f))
                .body("data.journeyInsights.stages[1].assumedEmotion", is(-2.0f))
                .body("data.journeyInsights.unavailable", hasSize(0))
                .body("data.journeyInsights.painPoints", hasSize(1))
                .body("data.journeyInsights.painPoints[0].kind", is("TOUCHPOINT"))
                .body("data.journeyInsights.painPoints[0].touchpointId", is(T1))
                .body("data.journeyInsights.painPoints[0].touchpointName", is("Checkout"))
                .body("data.journeyInsights.painPoints[0].stageKey", is("buy"))
                .body("data.journeyInsights.painPoints[0].dropOffRate", is(0.6f))
                .body("data.journeyInsights.painPoints[0].medianDropOffRate", is(0.3f))
                .body("data.journeyInsights.painPoints[0].dropOff", is(30))
                .body("data.journeyInsights.painPoints[0].nps", is(-40.0f))
                .body("data.journeyInsights.painPoints[0].themes", is(java.util.List.of("Delivery")));
        ServicesStub.server.verify(1, postRequestedFor(urlPathEqualTo("/analytics/funnels")));
        ServicesStub.server.verify(1, getRequestedFor(urlPathEqualTo("/analytics/dropoffs")));
        ServicesStub.server.verify(1, postRequestedFor(urlPathEqualTo("/feedback/summaries")));
    }

    @Test
    void journeyInsightsWithAServiceDownAnswerTheRestAndSayWhatIsMissing() {
        ServicesStub.server.stubFor(post(urlPathEqualTo("/analytics/funnels")).willReturn(aResponse().withStatus(503)));
        graphql("{ journeyInsights(journeyId: \"" + J1 + "\") { unavailable stages { stageKey conversion nps } painPoints { kind } } }")
                .statusCode(200)
                .body("data.journeyInsights.unavailable", is(java.util.List.of("touchpoint-service")))
                .body("data.journeyInsights.stages[1].conversion", nullValue())
                .body("data.journeyInsights.stages[1].nps", is(10.0f))
                .body("data.journeyInsights.painPoints", hasSize(0))
                .body("errors", hasSize(1))
                .body("errors[0].path", is(java.util.List.of("journeyInsights")))
                .body("errors[0].extensions.code", is("UNAVAILABLE"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("touchpoint-service"));
    }

    @Test
    void aBatchAnswerOfTheWrongLengthIsUnavailableNotMisattributedData() {
        ServicesStub.server.stubFor(post(urlPathEqualTo("/feedback/summaries")).willReturn(okJson("{\"summaries\":[" + summary(1) + "]}")));
        graphql("{ journey(id: \"" + J1 + "\") { name stages { key feedback { nps } } } }").statusCode(200)
                .body("data.journey.name", is("Webshop"))
                .body("data.journey.stages[0].feedback", nullValue())
                .body("errors[0].extensions.code", is("UNAVAILABLE"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("answered 1 items for 3 asked"));
    }

    /** Every nested path of the schema at its deepest, with every field: the default limits must admit it. */
    private static final String EVERYTHING = """
            { journeys(first: 50) { edges { cursor node { id name description mapType segment status version ownerTeam personaIds
                createdAt personas { id name segment buyingRole goals painPoints quote }
                stages { key name phase position goal actions thoughts journeyId emotion { score label }
                  painPoints { id description severity touchpointId }
                  funnel { stageKey customers conversionFromPrevious conversionFromStart dropOff medianTimeToNext }
                  feedback { nps csat ces responses promoters passives detractors sentiment reviews reviewRating topThemes { theme count } }
                  touchpoints { id name channel mode funnelPosition platform importance links { journeyId stageKey }
                    metrics { reach interactions conversions conversionRate trend { day interactions customers } }
                    feedback { nps csat ces responses promoters passives detractors sentiment reviews reviewRating topThemes { theme count } } } } } }
                pageInfo { hasNextPage endCursor } }
              journeyInsights(journeyId: "%s") { journeyId unavailable
                stages { stageKey conversion dropOff dropOffRate nps csat sentiment responses experienceScore assumedEmotion measuredEmotion topThemes }
                painPoints { kind stageKey touchpointId touchpointName dropOffRate medianDropOffRate dropOff nps csat sentiment themes evidence } } }"""
            .formatted(J1);

    @Test
    void theDefaultLimitsAdmitTheDeepestLegitimateQueryAndRejectAliasFloods() {
        ServicesStub.server.stubFor(post(urlPathEqualTo("/analytics/touchpoints")).willReturn(okJson("{\"metrics\":[{\"reach\":3}]}")));
        graphql(EVERYTHING).statusCode(200)
                .body("errors", nullValue())
                .body("data.journeys.edges[0].cursor", is(new io.trailmap.common.paging.Cursor(
                        java.time.Instant.parse("2026-11-01T10:00:00.123456Z"), java.util.UUID.fromString(J1)).encode()))
                .body("data.journeys.edges[0].node.stages[1].touchpoints[0].metrics.reach", is(3))
                .body("data.journeyInsights.journeyId", is(J1));

        ServicesStub.server.resetRequests();
        StringBuilder flood = new StringBuilder("{");
        for (int i = 0; i < 1000; i++) {
            flood.append(" a").append(i).append(": personas { edges { node { id name } } }");
        }
        graphql(flood.append(" }").toString()).statusCode(200)
                .body("data", nullValue())
                .body("errors[0].message", org.hamcrest.Matchers.containsStringIgnoringCase("complexity"));
        ServicesStub.server.verify(0, getRequestedFor(urlPathEqualTo("/personas")));
    }

    @Test
    void hugeVariablesAreRefusedCleanlyBeforeAnyDownstreamCall() {
        ServicesStub.server.resetRequests();
        given().header("Authorization", TestTokens.bearer("acme", "viewer")).contentType(ContentType.JSON)
                .body(Map.of("query", "query($q: String) { journeys(filter: {q: $q}) { edges { cursor } } }",
                        "variables", Map.of("q", "x".repeat(2_000_000))))
                .post("/graphql").then().statusCode(413).contentType("application/problem+json");
        ServicesStub.server.verify(0, getRequestedFor(urlPathEqualTo("/journeys")));
    }

    @Test
    void variablesNestedTooDeeplyAreRefusedAs400() {
        int depth = 2_000;
        String body = "{\"query\": \"mutation($input: JourneyInput!) { createJourney(input: $input) { id } }\", \"variables\": {\"input\": "
                + "{\"stages\": ".repeat(depth) + "{}" + "}".repeat(depth) + "}}";
        given().header("Authorization", TestTokens.bearer("acme", "editor")).contentType(ContentType.JSON).body(body)
                .post("/graphql").then().statusCode(400).contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsStringIgnoringCase("depth"));
    }

    @Test
    void aBrokenEnvelopeIsRefusedAs400BeforeAnyWork() {
        for (String body : java.util.List.of("", "{\"query\": \"{ personas { edges { cursor } } }\", \"variables\": \"x\"}", "{\"query\": 5}")) {
            given().header("Authorization", TestTokens.bearer("acme", "viewer")).contentType(ContentType.JSON).body(body)
                    .post("/graphql").then().statusCode(400).contentType("application/problem+json")
                    .body("detail", org.hamcrest.Matchers.not(org.hamcrest.Matchers.emptyOrNullString()));
        }
        graphql("{ personas { edges { cursor } } }").statusCode(200).body("errors", nullValue());
    }

    /** GET /journeys/ or /journeys/. would be the list: an id that empties the path is the caller's error. */
    @Test
    void idsThatWouldChangeTheServicesPathAreRefused() {
        ServicesStub.server.resetRequests();
        for (String id : java.util.List.of("", " ", ".", "..")) {
            graphql("query($id: ID!) { journey(id: $id) { id } journeyInsights(journeyId: $id) { journeyId } }", Map.of("id", id))
                    .statusCode(200)
                    .body("data.journey", nullValue())
                    .body("errors.extensions.code", org.hamcrest.Matchers.everyItem(is("BAD_USER_INPUT")));
        }
        ServicesStub.server.verify(0, getRequestedFor(urlPathEqualTo("/journeys/")));
        ServicesStub.server.verify(0, getRequestedFor(urlPathEqualTo("/journeys")));
    }

    @Test
    void argumentsTooLongForAServiceAreTheCallersError() {
        ServicesStub.server.stubFor(get(urlPathEqualTo("/analytics/funnel")).willReturn(aResponse().withStatus(414)));
        graphql("{ funnel(journeyId: \"" + J1 + "\", stages: [\"a\", \"b\"]) { journeyId } }").statusCode(200)
                .body("data.funnel", nullValue())
                .body("errors[0].extensions.code", is("BAD_USER_INPUT"));
    }

    @Test
    void aLinkToAStageTheJourneyDoesNotHaveIsRefused() {
        ServicesStub.server.resetRequests();
        given().header("Authorization", TestTokens.bearer("acme", "editor")).contentType(ContentType.JSON)
                .body(Map.of("query", "mutation { linkTouchpoint(journeyId: \"" + J1 + "\", stageKey: \"no-such-stage\", touchpointId: \"" + T1
                        + "\") { id } }"))
                .post("/graphql").then().statusCode(200)
                .body("data.linkTouchpoint", nullValue())
                .body("errors[0].extensions.code", is("BAD_USER_INPUT"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("no-such-stage"));
        ServicesStub.server.verify(0, com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor(urlPathEqualTo("/touchpoints/" + T1)));
    }

    @Test
    void linkTouchpointAppendsTheStageAndWritesBackWithTheETag() {
        ServicesStub.server.stubFor(get(urlPathEqualTo("/touchpoints/" + T1)).willReturn(okJson(
                "{\"id\":\"" + T1 + "\",\"name\":\"Checkout\",\"channel\":\"CHECKOUT\",\"funnelPosition\":\"BOFU\",\"links\":[]}")
                .withHeader("ETag", "\"4\"")));
        ServicesStub.server.stubFor(put(urlPathEqualTo("/touchpoints/" + T1)).withHeader("If-Match", equalTo("\"4\""))
                .willReturn(okJson("{\"id\":\"" + T1 + "\",\"name\":\"Checkout\",\"channel\":\"CHECKOUT\",\"links\":[{\"journeyId\":\""
                        + J1 + "\",\"stageKey\":\"buy\"}]}")));
        given().header("Authorization", TestTokens.bearer("acme", "editor")).contentType(ContentType.JSON)
                .body(Map.of("query", "mutation { linkTouchpoint(journeyId: \"" + J1 + "\", stageKey: \"buy\", touchpointId: \"" + T1
                        + "\") { id links { stageKey } } }"))
                .post("/graphql").then().statusCode(200).body("errors", nullValue())
                .body("data.linkTouchpoint.links[0].stageKey", is("buy"));
        ServicesStub.server.verify(com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor(urlPathEqualTo("/touchpoints/" + T1))
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath("$.links[0].stageKey", equalTo("buy"))));
    }

    @Test
    void aCustomerIsAssembledFromEachServiceAndSurvivesOneBeingDown() {
        ServicesStub.server.stubFor(get(urlPathEqualTo("/customers/anna/timeline")).willReturn(okJson(
                "{\"customerId\":\"anna\",\"items\":[{\"eventId\":\"e1\",\"journeyId\":\"" + J1 + "\",\"stageKey\":\"buy\","
                        + "\"touchpointId\":\"" + T1 + "\",\"type\":\"PURCHASE\",\"occurredAt\":\"2026-05-01T10:00:00Z\"}],"
                        + "\"journeys\":[{\"journeyId\":\"" + J1 + "\",\"latestStageKey\":\"buy\",\"conversions\":1,"
                        + "\"stages\":[{\"stageKey\":\"aware\"},{\"stageKey\":\"buy\"}]}]}")));
        ServicesStub.server.stubFor(get(urlPathEqualTo("/responses")).willReturn(aResponse().withStatus(503)));

        graphql("{ customer(id: \"anna\") { id timeline { edges { node { type } } } stages { latestStageKey stageKeys } feedback { edges { node { score } } } } }")
                .statusCode(200)
                .body("data.customer.timeline.edges[0].node.type", is("PURCHASE"))
                .body("data.customer.stages[0].stageKeys", is(java.util.List.of("aware", "buy")))
                .body("data.customer.feedback", nullValue())
                .body("errors[0].path", is(java.util.List.of("customer", "feedback")))
                .body("errors[0].extensions.code", is("UNAVAILABLE"));
        ServicesStub.server.verify(1, getRequestedFor(urlPathEqualTo("/customers/anna/timeline")));
    }

    @Test
    void aRoleThatMayNotReadGetsNoCustomerAtAll() {
        given().header("Authorization", TestTokens.bearer("acme", "ingest")).contentType(ContentType.JSON)
                .body(java.util.Map.of("query", "{ customer(id: \"anna\") { id } }"))
                .post("/graphql").then().statusCode(200)
                .body("data.customer", nullValue())
                .body("errors[0].extensions.code", is("FORBIDDEN"));
    }

    @Test
    void touchpointMetricsAndFeedbackAreBatched() {
        ServicesStub.server.stubFor(post(urlPathEqualTo("/analytics/touchpoints")).willReturn(okJson(
                "{\"metrics\":[{\"reach\":120,\"interactions\":300,\"conversions\":30,\"conversionRate\":0.25,\"trend\":[]}]}")));
        ServicesStub.server.stubFor(post(urlPathEqualTo("/feedback/summaries")).willReturn(okJson("{\"summaries\":[" + summary(0) + "]}")));
        graphql("{ touchpoints { edges { node { name metrics { reach conversionRate } feedback { nps } } } } }").statusCode(200)
                .body("errors", nullValue())
                .body("data.touchpoints.edges[0].node.metrics.reach", is(120))
                .body("data.touchpoints.edges[0].node.feedback.nps", is(0.0f));
        ServicesStub.server.verify(1, postRequestedFor(urlPathEqualTo("/analytics/touchpoints")));
        ServicesStub.server.verify(1, postRequestedFor(urlPathEqualTo("/feedback/summaries")));
    }

    @Test
    void attributionAndIngestionAreTyped() {
        ServicesStub.server.stubFor(get(urlPathEqualTo("/analytics/attribution")).willReturn(okJson(
                "{\"journeyId\":\"" + J1 + "\",\"model\":\"LINEAR\",\"conversions\":2,\"touchpoints\":[{\"touchpointId\":\"" + T1
                        + "\",\"name\":\"Checkout\",\"channel\":\"CHECKOUT\",\"credit\":2.0,\"share\":1.0}],"
                        + "\"channels\":[{\"channel\":\"CHECKOUT\",\"credit\":2.0,\"share\":1.0}]}")));
        graphql("{ attribution(journeyId: \"" + J1 + "\", model: LINEAR) { conversions touchpoints { name credit } channels { channel share } } }")
                .statusCode(200).body("errors", nullValue())
                .body("data.attribution.conversions", is(2)).body("data.attribution.touchpoints[0].credit", is(2.0f));
        ServicesStub.server.verify(getRequestedFor(urlPathEqualTo("/analytics/attribution")).withQueryParam("model", equalTo("LINEAR")));

        ServicesStub.server.stubFor(post(urlPathEqualTo("/interactions")).willReturn(aResponse().withStatus(202)
                .withHeader("Content-Type", "application/json").withBody("{\"accepted\":1,\"duplicates\":0,"
                        + "\"rejected\":[{\"index\":1,\"eventId\":\"e2\",\"errors\":[{\"field\":\"type\",\"message\":\"'X' is not one of [...]\"}]}]}")));
        given().header("Authorization", TestTokens.bearer("acme", "ingest")).contentType(ContentType.JSON)
                .body(Map.of("query", "mutation { recordInteractions(interactions: ["
                        + "{eventId: \"e1\", customerId: \"c\", journeyId: \"" + J1 + "\", stageKey: \"buy\", touchpointId: \"" + T1
                        + "\", type: \"PURCHASE\", occurredAt: \"2026-05-01T10:00:00Z\", channel: CHECKOUT},"
                        + "{eventId: \"e2\", customerId: \"c\", journeyId: \"" + J1 + "\", stageKey: \"buy\", touchpointId: \"" + T1
                        + "\", type: \"X\", occurredAt: \"2026-05-01T10:00:00Z\"}]) { accepted duplicates rejected { index errors { field } } } }"))
                .post("/graphql").then().statusCode(200).body("errors", nullValue())
                .body("data.recordInteractions.accepted", is(1))
                .body("data.recordInteractions.rejected[0].errors[0].field", is("type"));
        ServicesStub.server.verify(postRequestedFor(urlPathEqualTo("/interactions"))
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath("$[0].channel", equalTo("CHECKOUT"))));
    }

    @Test
    void feedbackSubmissionAndErasureAreTyped() {
        ServicesStub.server.stubFor(post(urlPathEqualTo("/responses")).willReturn(aResponse().withStatus(202)
                .withHeader("Content-Type", "application/json").withBody("{\"accepted\":1,\"duplicates\":0,\"rejected\":[],"
                        + "\"results\":[{\"index\":0,\"responseId\":\"r1\",\"id\":\"x\",\"status\":\"ACCEPTED\",\"category\":\"DETRACTOR\","
                        + "\"language\":\"fi\",\"sentiment\":{\"score\":-0.5,\"label\":\"NEGATIVE\"},\"themes\":[\"jono\"],\"followUpId\":\"f1\"}]}")));
        given().header("Authorization", TestTokens.bearer("acme", "ingest")).contentType(ContentType.JSON)
                .body(Map.of("query", "mutation { submitFeedback(responses: [{responseId: \"r1\", kind: \"NPS\", score: 3,"
                        + " comment: \"Jonotin puoli tuntia\"}]) { accepted results { category language sentiment { label } followUpId } } }"))
                .post("/graphql").then().statusCode(200).body("errors", nullValue())
                .body("data.submitFeedback.results[0].category", is("DETRACTOR"))
                .body("data.submitFeedback.results[0].sentiment.label", is("NEGATIVE"));

        ServicesStub.server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.delete(urlPathEqualTo("/customers/gone"))
                .willReturn(okJson("{\"customerId\":\"gone\",\"interactions\":4,\"stageProgress\":2,\"journeys\":1,"
                        + "\"responses\":3,\"reviews\":0,\"followUps\":1,\"auditId\":\"a-1\",\"erasedAt\":\"2026-11-25T10:00:00Z\"}")));
        given().header("Authorization", TestTokens.bearer("acme", "admin")).contentType(ContentType.JSON)
                .body(Map.of("query", "mutation { eraseCustomer(customerId: \"gone\") { interactions responses followUps"
                        + " receipts { service auditId erasedAt } } }"))
                .post("/graphql").then().statusCode(200).body("errors", nullValue())
                .body("data.eraseCustomer.interactions", is(4)).body("data.eraseCustomer.responses", is(3))
                .body("data.eraseCustomer.receipts.service", is(java.util.List.of("touchpoint-service", "feedback-service")))
                .body("data.eraseCustomer.receipts[1].auditId", is("a-1"));
    }

    @Test
    void publishInstantiateCreateTouchpointAndUpdateFollowUpForwardToTheServices() {
        ServicesStub.server.stubFor(post(urlPathEqualTo("/journeys/" + J1 + "/publish")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("{\"number\":1,\"journey\":" + journey(J1, "Webshop") + "}")));
        ServicesStub.server.stubFor(post(urlPathEqualTo("/templates/bank/instantiate")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody(journey(J2, "Bank"))));
        ServicesStub.server.stubFor(post(urlPathEqualTo("/touchpoints")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"id\":\"" + T1 + "\",\"name\":\"Branch\",\"channel\":\"IN_STORE\",\"links\":[]}")));
        ServicesStub.server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.patch(urlPathEqualTo("/follow-ups/f1"))
                .withHeader("If-Match", equalTo("\"0\"")).willReturn(okJson(
                        "{\"id\":\"f1\",\"status\":\"IN_PROGRESS\",\"assignee\":\"mia\",\"version\":1}")));
        String editor = TestTokens.bearer("acme", "editor");
        given().header("Authorization", editor).contentType(ContentType.JSON)
                .body(Map.of("query", "mutation { publishJourney(id: \"" + J1 + "\") { id name } }")).post("/graphql").then()
                .statusCode(200).body("errors", nullValue()).body("data.publishJourney.name", is("Webshop"));
        ServicesStub.server.verify(0, getRequestedFor(urlPathEqualTo("/journeys/" + J1)));
        given().header("Authorization", editor).contentType(ContentType.JSON)
                .body(Map.of("query", "mutation { instantiateTemplate(key: \"bank\", name: \"Our bank\") { id stages { key } } }"))
                .post("/graphql").then().statusCode(200).body("data.instantiateTemplate.id", is(J2));
        given().header("Authorization", editor).contentType(ContentType.JSON)
                .body(Map.of("query", "mutation { createTouchpoint(input: {name: \"Branch\", channel: IN_STORE, funnelPosition: BOFU}) { id channel } }"))
                .post("/graphql").then().statusCode(200).body("data.createTouchpoint.channel", is("IN_STORE"));
        given().header("Authorization", editor).contentType(ContentType.JSON)
                .body(Map.of("query", "mutation { updateFollowUp(id: \"f1\", version: 0, change: {status: IN_PROGRESS, assignee: \"mia\"}) { status version } }"))
                .post("/graphql").then().statusCode(200).body("errors", nullValue())
                .body("data.updateFollowUp.status", is("IN_PROGRESS")).body("data.updateFollowUp.version", is(1));
        ServicesStub.server.verify(postRequestedFor(urlPathEqualTo("/templates/bank/instantiate"))
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath("$.name", equalTo("Our bank"))));
    }

    @Test
    void personasAreListedAndCreated() {
        graphql("{ personas { edges { node { name segment } } } }").statusCode(200).body("data.personas.edges[0].node.name", is("Emma"));
        ServicesStub.server.stubFor(post(urlPathEqualTo("/personas")).willReturn(okJson(
                "{\"id\":\"" + P1 + "\",\"name\":\"Helena\",\"segment\":\"B2B\",\"buyingRole\":\"DECISION_MAKER\"}")));
        given().header("Authorization", TestTokens.bearer("acme", "editor")).contentType(ContentType.JSON)
                .body(Map.of("query", "mutation { createPersona(input: {name: \"Helena\", segment: B2B, buyingRole: \"DECISION_MAKER\"}) { id buyingRole } }"))
                .post("/graphql").then().statusCode(200).body("data.createPersona.buyingRole", is("DECISION_MAKER"));
    }

    @Test
    void theGatewayNeedsAValidToken() {
        given().contentType(ContentType.JSON).body(Map.of("query", "{ journeys { edges { node { id } } } }"))
                .post("/graphql").then().statusCode(401);
        given().header("Authorization", "Bearer " + TestTokens.withoutTenant("admin")).contentType(ContentType.JSON)
                .body(Map.of("query", "{ journeys { edges { node { id } } } }")).post("/graphql").then().statusCode(401);
    }
}
