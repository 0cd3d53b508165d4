package io.trailmap.gateway.graph;

import io.quarkus.test.junit.QuarkusTest;
import io.trailmap.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class JourneyMapSvgTest {

    private static final String J = "55555555-5555-5555-5555-555555555555";

    @BeforeEach
    void stubs() {
        StringBuilder stages = new StringBuilder();
        StringBuilder steps = new StringBuilder();
        StringBuilder summaries = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            String name = i == 1 ? "<script>alert(1)</script>" : "Stage & " + i;
            stages.append(i == 0 ? "" : ",").append("{\"key\":\"s").append(i).append("\",\"name\":\"").append(name.replace("\"", "\\\""))
                    .append("\",\"phase\":\"CONSIDERATION\",\"position\":").append(i).append(",\"emotion\":{\"score\":").append(i % 5 - 2)
                    .append("},\"painPoints\":").append(i == 3 ? "[{\"description\":\"Queue\",\"severity\":4}]" : "[]").append('}');
            steps.append(i == 0 ? "" : ",").append("{\"stageKey\":\"s").append(i).append("\",\"customers\":").append(1000 - i * 50)
                    .append(",\"conversionFromPrevious\":").append(i == 0 ? "null" : "0.9").append(",\"dropOff\":").append(i == 0 ? 0 : 50).append('}');
            summaries.append(i == 0 ? "" : ",").append("{\"responses\":5,\"nps\":").append(i * 10 - 50).append(",\"sentiment\":0.1}");
        }
        ServicesStub.server.resetAll();
        ServicesStub.server.stubFor(get(urlPathEqualTo("/journeys/" + J)).willReturn(okJson("{\"id\":\"" + J
                + "\",\"name\":\"Twelve stages\",\"mapType\":\"CURRENT_STATE\",\"segment\":\"B2C\",\"status\":\"DRAFT\",\"version\":1,\"stages\":["
                + stages + "]}")));
        ServicesStub.server.stubFor(post(urlPathEqualTo("/analytics/funnels")).willReturn(okJson(
                "{\"funnels\":[{\"journeyId\":\"" + J + "\",\"stages\":[" + steps + "]}]}")));
        // the two touchpoints where non-converters were last seen come after the stages: t1 above the median with negative feedback
        summaries.append(",{\"responses\":4,\"nps\":-50,\"sentiment\":-0.6,\"topThemes\":[{\"theme\":\"Checkout & payment\","
                + "\"key\":\"CHECKOUT_PAYMENT\",\"label\":\"Checkout & payment\",\"count\":3,\"negative\":3},"
                + "{\"theme\":\"Staff\",\"key\":\"STAFF\",\"label\":\"Staff\",\"count\":4,\"negative\":0}]},{\"responses\":4,\"nps\":20}");
        ServicesStub.server.stubFor(post(urlPathEqualTo("/feedback/summaries")).willReturn(okJson("{\"summaries\":[" + summaries + "]}")));
        ServicesStub.server.stubFor(get(urlPathEqualTo("/analytics/dropoffs")).willReturn(okJson("{\"touchpoints\":["
                + "{\"touchpointId\":\"t1\",\"name\":\"Web & app\",\"stageKey\":\"s1\",\"customers\":40,\"share\":0.8},"
                + "{\"touchpointId\":\"t2\",\"name\":\"Email\",\"stageKey\":\"s2\",\"customers\":10,\"share\":0.2}]}")));
        ServicesStub.server.stubFor(get(urlPathEqualTo("/touchpoints")).willReturn(okJson("{\"items\":[{\"id\":\"t1\",\"name\":\"Web & app\","
                + "\"channel\":\"WEBSITE\",\"links\":[{\"journeyId\":\"" + J + "\",\"stageKey\":\"s1\"}]}],\"nextCursor\":null}")));
    }

    @Test
    void rendersAValidPictureWithEscapedTextCurvesAndTouchpoints() throws Exception {
        String svg = given().header("Authorization", TestTokens.bearer("acme", "viewer")).get("/journeys/" + J + "/map.svg")
                .then().statusCode(200).contentType("image/svg+xml").extract().asString();

        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(doc.getElementsByTagNameNS("*", "script").getLength()).isZero();
        NodeList groups = doc.getElementsByTagNameNS("*", "g");
        assertThat(groups.getLength()).isEqualTo(12);
        assertThat(svg).contains("&lt;script&gt;alert(1)&lt;/scr").contains("Stage &amp; 2").contains("Web &amp; app · website");
        assertThat(svg).contains("class=\"assumed-emotion\"").contains("class=\"measured-emotion\"").contains("class=\"pain-point\"")
                .contains("class=\"touchpoint-pain-point\"");
        assertThat(svg).contains("90 %");
        // the aspects the complaints at the painful touchpoint are about, not the ones it is praised for
        assertThat(svg).contains("class=\"pain-point-aspects\"").contains("Checkout &amp; payment").doesNotContain(">Staff<");
    }

    @Test
    void unknownJourneysAre404AndTokensAreRequired() {
        ServicesStub.server.stubFor(get(urlPathEqualTo("/journeys/" + J)).willReturn(aResponse().withStatus(404)));
        given().header("Authorization", TestTokens.bearer("acme", "viewer")).get("/journeys/" + J + "/map.svg")
                .then().statusCode(404).contentType("application/problem+json");
        given().get("/journeys/" + J + "/map.svg").then().statusCode(401);
        given().header("Authorization", TestTokens.bearer("acme", "viewer")).get("/journeys/nope/map.svg").then().statusCode(400);
    }
}
