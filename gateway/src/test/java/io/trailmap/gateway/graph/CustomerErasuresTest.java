package io.trailmap.gateway.graph;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.trailmap.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

/** eraseCustomer asks both services side by side; one failing leaves the other done, and asking again completes it. */
@QuarkusTest
@TestProfile(CustomerErasuresTest.FeedbackOnItsOwnStub.class)
class CustomerErasuresTest {

    private static final int DELAY_MS = 1_500;
    private static final String TOUCHPOINT_RECEIPT = "{\"customerId\":\"gone\",\"interactions\":4,\"stageProgress\":2,\"journeys\":1,"
            + "\"auditId\":\"tp-1\",\"erasedAt\":\"2026-11-25T10:00:00Z\",\"repeated\":%s}";
    private static final String FEEDBACK_RECEIPT = "{\"customerId\":\"gone\",\"responses\":3,\"reviews\":1,\"followUps\":2,"
            + "\"auditId\":\"fb-1\",\"erasedAt\":\"2026-11-25T10:00:01Z\",\"repeated\":false}";

    /** feedback-service on a stub of its own, so that it can fail while touchpoint-service answers the same path. */
    public static class FeedbackOnItsOwnStub implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(FeedbackStub.class));
        }
    }

    public static class FeedbackStub implements QuarkusTestResourceLifecycleManager {
        static WireMockServer server;

        @Override
        public Map<String, String> start() {
            server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
            server.start();
            return Map.of("quarkus.rest-client.feedback-service.url", server.baseUrl());
        }

        @Override
        public void stop() {
            server.stop();
        }
    }

    @BeforeEach
    void reset() {
        ServicesStub.server.resetAll();
        FeedbackStub.server.resetAll();
    }

    private static ValidatableResponse erase(String role, String customerId) {
        return given().header("Authorization", TestTokens.bearer("acme", role)).contentType(ContentType.JSON)
                .body(Map.of("query", "mutation($c: String!) { eraseCustomer(customerId: $c) { customerId interactions stageProgress journeys"
                        + " responses reviews followUps complete receipts { service status auditId erasedAt repeated error } } }",
                        "variables", Map.of("c", customerId)))
                .post("/graphql").then().statusCode(200);
    }

    @Test
    void bothServicesEraseSideBySideAndEachAnswersItsReceipt() {
        ServicesStub.server.stubFor(delete(urlPathEqualTo("/customers/gone"))
                .willReturn(okJson(TOUCHPOINT_RECEIPT.formatted(false)).withFixedDelay(DELAY_MS)));
        FeedbackStub.server.stubFor(delete(urlPathEqualTo("/customers/gone")).willReturn(okJson(FEEDBACK_RECEIPT).withFixedDelay(DELAY_MS)));

        erase("admin", "gone").body("errors", nullValue())
                .body("data.eraseCustomer.interactions", is(4)).body("data.eraseCustomer.stageProgress", is(2))
                .body("data.eraseCustomer.journeys", is(1)).body("data.eraseCustomer.responses", is(3))
                .body("data.eraseCustomer.reviews", is(1)).body("data.eraseCustomer.followUps", is(2))
                .body("data.eraseCustomer.complete", is(true))
                .body("data.eraseCustomer.receipts.service", is(List.of("touchpoint-service", "feedback-service")))
                .body("data.eraseCustomer.receipts.status", is(List.of("ERASED", "ERASED")))
                .body("data.eraseCustomer.receipts.auditId", is(List.of("tp-1", "fb-1")))
                .body("data.eraseCustomer.receipts.erasedAt", is(List.of("2026-11-25T10:00:00Z", "2026-11-25T10:00:01Z")))
                .body("data.eraseCustomer.receipts.repeated", is(List.of(false, false)));

        // side by side: the second call arrived while the first was still being answered (each takes 1.5 s)
        long touchpointAt = arrival(ServicesStub.server);
        long feedbackAt = arrival(FeedbackStub.server);
        assertThat(Math.abs(touchpointAt - feedbackAt)).as("ms between the two calls' arrivals").isLessThan(DELAY_MS);
    }

    @Test
    void aServiceThatFailsLeavesTheOtherDoneAndAskingAgainCompletesTheErasure() {
        ServicesStub.server.stubFor(delete(urlPathEqualTo("/customers/gone")).willReturn(okJson(TOUCHPOINT_RECEIPT.formatted(false))));
        FeedbackStub.server.stubFor(delete(urlPathEqualTo("/customers/gone")).willReturn(aResponse().withStatus(503)));

        erase("admin", "gone")
                .body("errors[0].path", is(List.of("eraseCustomer")))
                .body("errors[0].extensions.code", is("UNAVAILABLE"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("feedback-service could not erase"))
                .body("data.eraseCustomer.interactions", is(4))
                .body("data.eraseCustomer.responses", nullValue()).body("data.eraseCustomer.followUps", nullValue())
                .body("data.eraseCustomer.complete", is(false))
                .body("data.eraseCustomer.receipts.status", is(List.of("ERASED", "FAILED")))
                .body("data.eraseCustomer.receipts[0].auditId", is("tp-1"))
                .body("data.eraseCustomer.receipts[1].auditId", nullValue())
                .body("data.eraseCustomer.receipts[1].error", is("feedback-service failed (503)"));

        // feedback-service is back; touchpoint-service has nothing left and answers its first receipt again
        ServicesStub.server.stubFor(delete(urlPathEqualTo("/customers/gone")).willReturn(okJson(TOUCHPOINT_RECEIPT.formatted(true))));
        FeedbackStub.server.stubFor(delete(urlPathEqualTo("/customers/gone")).willReturn(okJson(FEEDBACK_RECEIPT)));
        erase("admin", "gone").body("errors", nullValue())
                .body("data.eraseCustomer.complete", is(true))
                .body("data.eraseCustomer.receipts.status", is(List.of("ERASED", "ERASED")))
                .body("data.eraseCustomer.receipts.auditId", is(List.of("tp-1", "fb-1")))
                .body("data.eraseCustomer.receipts.repeated", is(List.of(true, false)))
                .body("data.eraseCustomer.interactions", is(4)).body("data.eraseCustomer.responses", is(3));
    }

    @Test
    void whenNoServiceCouldEraseTheAnswerIsTheError() {
        ServicesStub.server.stubFor(delete(urlPathEqualTo("/customers/gone")).willReturn(aResponse().withStatus(503)));
        FeedbackStub.server.stubFor(delete(urlPathEqualTo("/customers/gone")).willReturn(aResponse().withStatus(503)));
        erase("admin", "gone").body("data.eraseCustomer", nullValue()).body("errors[0].extensions.code", is("UNAVAILABLE"));
    }

    @Test
    void onlyAdminsEraseAndABadIdIsRefusedBeforeAnyServiceIsAsked() {
        erase("editor", "gone").body("data.eraseCustomer", nullValue()).body("errors[0].extensions.code", is("FORBIDDEN"));
        erase("admin", "x".repeat(129)).body("data.eraseCustomer", nullValue()).body("errors[0].extensions.code", is("BAD_USER_INPUT"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("customerId"));
        erase("admin", " ").body("errors[0].extensions.code", is("BAD_USER_INPUT"));
        ServicesStub.server.verify(0, anyRequestedFor(anyUrl()));
        FeedbackStub.server.verify(0, anyRequestedFor(anyUrl()));
    }

    private static long arrival(WireMockServer server) {
        return server.getAllServeEvents().stream().map(ServeEvent::getRequest).findFirst().orElseThrow().getLoggedDate().getTime();
    }
}
