package io.trailmap.gateway.graph;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.trailmap.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

/**
 * A level of stages whose touchpoints and feedback are both asked for: the two services are called
 * side by side (each answers after {@value #DELAY_MS} ms; one after the other the second call would
 * arrive that much later), still once each, and each stage gets its own answers.
 */
@QuarkusTest
class StageFetchesTest {

    private static final int DELAY_MS = 1_500;
    private static final String STAGES_BOTH = "stages { key touchpoints { name } feedback { nps } }";

    private final List<String> journeyIds = new ArrayList<>();

    @BeforeEach
    void stubThreeJourneysOfTwoStages() {
        var stub = ServicesStub.server;
        stub.resetAll();
        List<String> journeys = new ArrayList<>();
        List<String> touchpoints = new ArrayList<>();
        for (int j = 0; j < 3; j++) {
            String id = UUID.nameUUIDFromBytes(("side-by-side" + j).getBytes()).toString();
            journeyIds.add(id);
            journeys.add(("{\"id\":\"%s\",\"name\":\"Journey %d\",\"mapType\":\"CURRENT_STATE\",\"segment\":\"B2C\",\"status\":\"DRAFT\","
                    + "\"version\":1,\"createdAt\":\"2026-11-01T10:00:00Z\",\"stages\":[%s,%s]}").formatted(id, j, stage(0), stage(1)));
            touchpoints.add("{\"id\":\"%s\",\"name\":\"TP %d\",\"channel\":\"EMAIL\",\"links\":[{\"journeyId\":\"%s\",\"stageKey\":\"s1\"}]}"
                    .formatted(UUID.nameUUIDFromBytes(("tp" + j).getBytes()), j, id));
        }
        stub.stubFor(get(urlPathEqualTo("/journeys")).willReturn(okJson("{\"items\":[" + String.join(",", journeys) + "],\"nextCursor\":null}")));
        stub.stubFor(get(urlPathEqualTo("/journeys/" + journeyIds.get(1))).willReturn(okJson(journeys.get(1))));
        stub.stubFor(get(urlPathEqualTo("/touchpoints")).willReturn(
                okJson("{\"items\":[" + String.join(",", touchpoints) + "],\"nextCursor\":null}").withFixedDelay(DELAY_MS)));
        stub.stubFor(post(urlPathEqualTo("/feedback/summaries"))
                .willReturn(aResponse().withTransformers(SummariesPerKey.NAME).withFixedDelay(DELAY_MS)));
    }

    @Test
    void aPageOfJourneysFetchesItsStagesTouchpointsAndFeedbackSideBySide() {
        query("{ journeys(first: 3) { edges { node { id " + STAGES_BOTH + " } } } }")
                .body("data.journeys.edges", hasSize(3))
                // the i-th stage asked gets the i-th summary (NPS 10·i), the touchpoint only its own stage
                .body("data.journeys.edges.node.stages.flatten().feedback.nps", contains(0f, 10f, 20f, 30f, 40f, 50f))
                .body("data.journeys.edges[2].node.stages[0].touchpoints", hasSize(0))
                .body("data.journeys.edges[2].node.stages[1].touchpoints.name", contains("TP 2"));
        assertCalledOnceEachSideBySide();
    }

    @Test
    void oneJourneyDoesTooEvenWhenTheFieldsComeFromAFragment() {
        query("{ journey(id: \"" + journeyIds.get(1) + "\") { ...Map } } fragment Map on Journey { stages { key ...Lanes } }"
                + " fragment Lanes on Stage { touchpoints { name } feedback { nps } }")
                .body("data.journey.stages.feedback.nps", contains(0f, 10f))
                .body("data.journey.stages[1].touchpoints.name", contains("TP 1"));
        assertCalledOnceEachSideBySide();
    }

    @Test
    void onlyTheListAskedForIsFetched() {
        query("{ journeys(first: 3) { edges { node { stages { key feedback { nps } } } } } }")
                .body("data.journeys.edges[1].node.stages.feedback.nps", contains(20f, 30f));
        ServicesStub.server.verify(0, getRequestedFor(urlPathEqualTo("/touchpoints")));
        ServicesStub.server.verify(1, postRequestedFor(urlPathEqualTo("/feedback/summaries")));
    }

    @Test
    void aServiceFailingWhileFetchedAheadFailsOnlyItsOwnFields() {
        ServicesStub.server.stubFor(post(urlPathEqualTo("/feedback/summaries")).willReturn(aResponse().withStatus(503)));
        given().header("Authorization", TestTokens.bearer("acme", "viewer")).contentType(ContentType.JSON)
                .body(Map.of("query", "{ journeys(first: 3) { edges { node { " + STAGES_BOTH + " } } } }"))
                .post("/graphql").then().statusCode(200)
                .body("errors[0].extensions.code", is("UNAVAILABLE"))
                .body("errors[0].path[-1]", is("feedback"))
                .body("data.journeys.edges[0].node.stages[1].touchpoints.name", contains("TP 0"));
    }

    private static String stage(int s) {
        return "{\"key\":\"s%d\",\"name\":\"Stage %d\",\"phase\":\"AWARENESS\",\"position\":%d,\"painPoints\":[]}".formatted(s, s, s);
    }

    private static ValidatableResponse query(String query) {
        return given().header("Authorization", TestTokens.bearer("acme", "viewer")).contentType(ContentType.JSON)
                .body(Map.of("query", query)).post("/graphql").then().statusCode(200).body("errors", nullValue());
    }

    private static void assertCalledOnceEachSideBySide() {
        ServicesStub.server.verify(1, getRequestedFor(urlPathEqualTo("/touchpoints")));
        ServicesStub.server.verify(1, postRequestedFor(urlPathEqualTo("/feedback/summaries")));
        long touchpointsAt = arrival("/touchpoints");
        long feedbackAt = arrival("/feedback/summaries");
        assertThat(Math.abs(touchpointsAt - feedbackAt)).as("ms between the two calls' arrivals").isLessThan(DELAY_MS);
    }

    private static long arrival(String path) {
        return ServicesStub.server.getAllServeEvents().stream().map(ServeEvent::getRequest)
                .filter(r -> r.getUrl().startsWith(path)).findFirst().orElseThrow().getLoggedDate().getTime();
    }
}
