package io.trailmap.journey.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.trailmap.testsupport.WebhookReceiver;
import io.trailmap.testsupport.WebhookReceiver.Received;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import static io.restassured.RestAssured.given;
import static io.trailmap.journey.rest.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

/** Deliveries to a local receiver (the test profile allows http and loopback targets; backoff 0.2 s, 4 attempts, pause after 6). */
@QuarkusTest
class WebhookResourceTest {

    private final String tenant = Api.newTenant();
    private WebhookReceiver receiver;

    @BeforeEach
    void startReceiver() {
        receiver = WebhookReceiver.start();
    }

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    private String url() {
        return receiver.url();
    }

    private JsonPath subscribe() {
        return as(tenant, "admin").body(Map.of("url", url(), "eventTypes", List.of("journey.published"))).post("/webhooks")
                .then().statusCode(201).body("secret", containsString("whsec_")).body("active", is(true)).extract().jsonPath();
    }

    private String publishAJourney() {
        String id = Api.createJourney(tenant, Api.journey("Onboarding", Api.stage("Sign up", "AWARENESS", 1))).path("id");
        as(tenant, "editor").post("/journeys/" + id + "/publish").then().statusCode(201);
        return id;
    }

    private static void await(BooleanSupplier condition, String what) {
        io.trailmap.testsupport.Eventually.until(condition::getAsBoolean, Boolean::booleanValue, Duration.ofSeconds(30), what);
    }

    @Test
    void aPublishedJourneyIsDeliveredSignedAndVerifiable() {
        JsonPath subscription = subscribe();
        String journey = publishAJourney();
        Received delivery = receiver.await(1).getFirst();
        assertThat(delivery.id()).startsWith("msg_");
        assertThat(delivery.signedWith(subscription.getString("secret"))).isTrue();
        JsonPath payload = JsonPath.from(delivery.body());
        assertThat(payload.getString("type")).isEqualTo("journey.published");
        assertThat(payload.getString("data.journeyId")).isEqualTo(journey);
        assertThat(payload.getInt("data.version")).isEqualTo(1);

        String log = "/webhooks/" + subscription.getString("id") + "/deliveries";
        await(() -> "DELIVERED".equals(as(tenant, "admin").get(log).then().extract().path("items[0].status")), "the log to say DELIVERED");
        as(tenant, "admin").get(log).then().body("items[0].id", is(delivery.id())).body("items[0].attempts", is(1))
                .body("items[0].lastStatus", is(200));

        // a redelivery sends the same message again: receivers dedupe by webhook-id
        as(tenant, "admin").post(log + "/" + delivery.id() + "/redeliver").then().statusCode(202);
        List<Received> received = receiver.await(2);
        assertThat(received.get(1).id()).isEqualTo(delivery.id());
        assertThat(received.get(1).body()).isEqualTo(delivery.body());
    }

    @Test
    void eventsArriveInTheOrderTheyHappenedWhenNoneNeedsARetry() {
        subscribe();
        List<String> published = List.of(publishAJourney(), publishAJourney(), publishAJourney(), publishAJourney());
        List<Received> received = receiver.await(4);
        assertThat(received.stream().map(r -> JsonPath.from(r.body()).getString("data.journeyId")).toList()).isEqualTo(published);
        assertThat(received.stream().map(Received::id).distinct()).hasSize(4);
    }

    @Test
    void failedAttemptsAreRetriedWithBackoffUntilOneSucceeds() {
        receiver.answer(500, 503, 200);
        String log = "/webhooks/" + subscribe().getString("id") + "/deliveries";
        publishAJourney();
        await(() -> "DELIVERED".equals(as(tenant, "admin").get(log).then().extract().path("items[0].status")), "the third attempt");
        as(tenant, "admin").get(log).then().body("items[0].attempts", is(3)).body("items[0].lastStatus", is(200));
        assertThat(receiver.received()).hasSize(3);
        assertThat(receiver.received().stream().map(Received::id).distinct()).hasSize(1);
    }

    @Test
    void aDeliveryThatKeepsFailingEndsFailedAndTheSubscriptionPauses() {
        receiver.answer(500);
        String id = subscribe().getString("id");
        publishAJourney();
        await(() -> "FAILED".equals(as(tenant, "admin").get("/webhooks/" + id + "/deliveries").then().extract().path("items[0].status")),
                "the delivery to fail after 4 attempts");
        as(tenant, "admin").get("/webhooks/" + id + "/deliveries").then().body("items[0].attempts", is(4))
                .body("items[0].lastError", is("HTTP 500"));
        publishAJourney();   // two more failures make six in a row
        await(() -> Boolean.FALSE.equals(as(tenant, "admin").get("/webhooks/" + id).then().extract().path("active")), "the pause");
        as(tenant, "admin").get("/webhooks/" + id).then().body("pausedReason", containsString("6 failed attempts"));
        int callsWhenPaused = receiver.calls();
        String duringPause = publishAJourney();   // paused: nothing is sent, the event is kept PENDING for a resume
        await(() -> as(tenant, "admin").get("/webhooks/" + id + "/deliveries").then().extract().<List<?>>path("items").size() == 3,
                "the event of the paused subscription in its log");
        assertThat(receiver.calls()).isEqualTo(callsWhenPaused);
        receiver.answer(200);
        as(tenant, "admin").post("/webhooks/" + id + "/resume").then().statusCode(200).body("active", is(true));
        await(() -> receiver.received().stream().anyMatch(r -> r.body().contains(duringPause)), "the event kept during the pause");
    }

    @Test
    void aPublishThatFailsEmitsNothing() {
        subscribe();
        String empty = Api.createJourney(tenant, Api.journey("No stages")).path("id");
        as(tenant, "editor").post("/journeys/" + empty + "/publish").then().statusCode(422);
        publishAJourney();
        assertThat(JsonPath.from(receiver.await(1).getFirst().body()).getString("data.name")).isEqualTo("Onboarding");
    }

    @jakarta.inject.Inject
    io.trailmap.webhooks.postgres.PostgresWebhookStore webhooks;

    /** The outbox row is written in the transaction of its cause: rolled back with it, committed with it. */
    @Test
    void anEventExistsExactlyWhenItsTransactionCommits() {
        java.util.UUID subscription = java.util.UUID.fromString(subscribe().getString("id"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> {
            webhooks.emit(tenant, "journey.published", Map.of("journeyId", "rolled-back"));
            throw new IllegalStateException("the cause fails after the event was written");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(webhooks.deliveries(tenant, subscription, 10)).isEmpty();
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(
                () -> webhooks.emit(tenant, "journey.published", Map.of("journeyId", "committed")));
        assertThat(webhooks.deliveries(tenant, subscription, 10)).hasSize(1);
        assertThat(receiver.await(1).getFirst().body()).contains("committed");
    }

    @Test
    void subscriptionsAreValidatedAndConfinedToAdminsOfTheTenant() {
        as(tenant, "admin").body(Map.of("url", "ftp://example.com/x", "eventTypes", List.of("journey.published"))).post("/webhooks")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", is("url"));
        as(tenant, "admin").body(Map.of("url", url(), "eventTypes", List.of("journey.deleted"))).post("/webhooks")
                .then().statusCode(400).body("errors[0].field", is("eventTypes"));
        as(tenant, "editor").body(Map.of("url", url(), "eventTypes", List.of("journey.published"))).post("/webhooks").then().statusCode(403);
        given().contentType("application/json").body("{}").post("/webhooks").then().statusCode(401);
        String id = subscribe().getString("id");
        as(tenant, "admin").get("/webhooks").then().statusCode(200).body("items[0].id", is(id)).body("items[0].secret", is((Object) null));
        as(Api.newTenant(), "admin").get("/webhooks/" + id).then().statusCode(404);
        as(Api.newTenant(), "admin").delete("/webhooks/" + id).then().statusCode(404);
        as(tenant, "admin").delete("/webhooks/" + id).then().statusCode(204);
        as(tenant, "admin").get("/webhooks/" + id).then().statusCode(404);
    }
}
