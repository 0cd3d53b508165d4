package io.trailmap.gateway.graph;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.trailmap.testsupport.TestTokens;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

/**
 * Journeys × 6 stages × their touchpoints × feedback, metrics and funnels: the number of
 * downstream calls is the same for 1, 10 and 50 journeys — one per service and nesting level.
 */
@QuarkusTest
class BatchingCallCountTest {

    private static final String QUERY = """
            { journeys(first: 50) { edges { cursor node { id personas { name }
                stages { key funnel { customers } feedback { nps }
                         touchpoints { name metrics { reach } feedback { nps } } } } } } }""";

    @ParameterizedTest
    @ValueSource(ints = {1, 10, 50})
    void downstreamCallsStayConstantAsListsGrow(int journeyCount) {
        List<String> journeys = new ArrayList<>();
        List<String> touchpoints = new ArrayList<>();
        for (int j = 0; j < journeyCount; j++) {
            String id = UUID.nameUUIDFromBytes(("journey" + j).getBytes()).toString();
            StringBuilder stages = new StringBuilder();
            for (int s = 0; s < 6; s++) {
                stages.append(s == 0 ? "" : ",").append("{\"key\":\"s%d\",\"name\":\"Stage %d\",\"phase\":\"AWARENESS\",\"position\":%d,\"painPoints\":[]}"
                        .formatted(s, s, s));
                // two touchpoints per stage
                for (int t = 0; t < 2; t++) {
                    touchpoints.add("{\"id\":\"%s\",\"name\":\"TP %d-%d-%d\",\"channel\":\"EMAIL\",\"links\":[{\"journeyId\":\"%s\",\"stageKey\":\"s%d\"}]}"
                            .formatted(UUID.nameUUIDFromBytes(("tp" + j + s + t).getBytes()), j, s, t, id, s));
                }
            }
            journeys.add(("{\"id\":\"%s\",\"name\":\"Journey %d\",\"mapType\":\"CURRENT_STATE\",\"segment\":\"B2C\",\"status\":\"DRAFT\","
                    + "\"version\":1,\"createdAt\":\"2026-11-01T10:00:00Z\",\"personaIds\":[\"p1\"],\"stages\":[%s]}").formatted(id, j, stages));
        }
        StringBuilder metrics = new StringBuilder();
        for (int i = 0; i < touchpoints.size(); i++) {
            metrics.append(i == 0 ? "" : ",").append("{\"reach\":").append(i).append('}');
        }
        var stub = ServicesStub.server;
        stub.resetAll();
        stub.stubFor(get(urlPathEqualTo("/journeys")).willReturn(okJson("{\"items\":[" + String.join(",", journeys) + "],\"nextCursor\":null}")));
        stub.stubFor(get(urlPathEqualTo("/personas")).willReturn(okJson("{\"items\":[{\"id\":\"p1\",\"name\":\"Emma\",\"segment\":\"B2C\"}]}")));
        stub.stubFor(get(urlPathEqualTo("/touchpoints")).willReturn(okJson("{\"items\":[" + String.join(",", touchpoints) + "],\"nextCursor\":null}")));
        stub.stubFor(post(urlPathEqualTo("/analytics/funnels")).willReturn(aResponse().withTransformers(FunnelsPerJourney.NAME)));
        stub.stubFor(post(urlPathEqualTo("/analytics/touchpoints")).willReturn(okJson("{\"metrics\":[" + metrics + "]}")));
        stub.stubFor(post(urlPathEqualTo("/feedback/summaries")).willReturn(aResponse().withTransformers(SummariesPerKey.NAME)));

        given().header("Authorization", TestTokens.bearer("acme", "viewer")).contentType(ContentType.JSON)
                .body(Map.of("query", QUERY)).post("/graphql").then().statusCode(200)
                .body("errors", nullValue())
                .body("data.journeys.edges", hasSize(journeyCount))
                .body("data.journeys.edges[0].node.stages", hasSize(6))
                .body("data.journeys.edges[0].node.stages[1].funnel.customers", is(40))
                .body("data.journeys.edges[0].node.stages[5].touchpoints", hasSize(2))
                .body("data.journeys.edges[%d].node.stages[5].touchpoints[1].metrics.reach".formatted(journeyCount - 1),
                        is(touchpoints.size() - 1));

        stub.verify(1, getRequestedFor(urlPathEqualTo("/journeys")));
        stub.verify(1, getRequestedFor(urlPathEqualTo("/personas")));
        stub.verify(1, getRequestedFor(urlPathEqualTo("/touchpoints")));
        stub.verify(1, postRequestedFor(urlPathEqualTo("/analytics/funnels")));
        stub.verify(1, postRequestedFor(urlPathEqualTo("/analytics/touchpoints")));
        // stage feedback and touchpoint feedback are two nesting levels: one call each
        stub.verify(2, postRequestedFor(urlPathEqualTo("/feedback/summaries")));
        // 7 calls in all, whatever the sizes
        assertThat(stub.getAllServeEvents()).hasSize(7);
    }

    /** A page of the touchpoint catalogue with each touchpoint's metrics and feedback: three calls whatever the page's size. */
    @ParameterizedTest
    @ValueSource(ints = {1, 10, 500})
    void aPageOfTouchpointsFetchesItsNestedFieldsWithOneCallPerService(int size) {
        List<String> touchpoints = new ArrayList<>();
        StringBuilder metrics = new StringBuilder();
        for (int i = 0; i < size; i++) {
            touchpoints.add("{\"id\":\"%s\",\"name\":\"TP %d\",\"channel\":\"EMAIL\",\"createdAt\":\"2026-11-01T10:00:00Z\"}"
                    .formatted(UUID.nameUUIDFromBytes(("tp" + i).getBytes()), i));
            metrics.append(i == 0 ? "" : ",").append("{\"reach\":").append(i).append('}');
        }
        var stub = ServicesStub.server;
        stub.resetAll();
        stub.stubFor(get(urlPathEqualTo("/touchpoints")).willReturn(okJson("{\"items\":[" + String.join(",", touchpoints)
                + "],\"nextCursor\":\"more\"}")));
        stub.stubFor(post(urlPathEqualTo("/analytics/touchpoints")).willReturn(okJson("{\"metrics\":[" + metrics + "]}")));
        stub.stubFor(post(urlPathEqualTo("/feedback/summaries")).willReturn(aResponse().withTransformers(SummariesPerKey.NAME)));

        given().header("Authorization", TestTokens.bearer("acme", "viewer")).contentType(ContentType.JSON)
                .body(Map.of("query", "{ touchpoints(first: %d) { edges { node { name metrics { reach } feedback { nps } } } pageInfo { hasNextPage } } }"
                        .formatted(size)))
                .post("/graphql").then().statusCode(200)
                .body("errors", nullValue())
                .body("data.touchpoints.edges", hasSize(size))
                .body("data.touchpoints.pageInfo.hasNextPage", is(true))
                .body("data.touchpoints.edges[%d].node.metrics.reach".formatted(size - 1), is(size - 1))
                .body("data.touchpoints.edges[%d].node.feedback.nps".formatted(size - 1), is(10.0f * (size - 1)));

        stub.verify(1, getRequestedFor(urlPathEqualTo("/touchpoints")));
        stub.verify(1, postRequestedFor(urlPathEqualTo("/analytics/touchpoints")));
        stub.verify(1, postRequestedFor(urlPathEqualTo("/feedback/summaries")));
        assertThat(stub.getAllServeEvents()).hasSize(3);
    }
}
