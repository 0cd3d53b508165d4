package io.trailmap.touchpoint.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;

import static io.trailmap.touchpoint.rest.Api.as;
import static io.trailmap.touchpoint.rest.Api.event;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every analytic keeps its answers between calls as the funnel does: after new data a kept answer may
 * still answer, but then with the older {@code dataAsOf} it counts up to, never a later one;
 * {@code minDataAsOf} gets the new data; an erasure is never answered around, with or without it.
 */
@QuarkusTest
class KeptAnalyticsTest {

    private static final Instant T0 = Instant.parse("2026-05-01T08:00:00Z");

    /** An analytic, how to ask it, and where its answer counts customers. */
    enum Analytic {
        ATTRIBUTION_LINEAR((r, s) -> r.get("/analytics/attribution?model=LINEAR&journeyId=" + s.journey), "conversions", 1, 2),
        ATTRIBUTION_MARKOV((r, s) -> r.get("/analytics/attribution?model=MARKOV&journeyId=" + s.journey), "conversions", 1, 2),
        PATHS_CONVERTED((r, s) -> r.get("/analytics/paths?outcome=CONVERTED&journeyId=" + s.journey), "customers", 1, 2),
        PATHS_ABANDONED((r, s) -> r.get("/analytics/paths?outcome=ABANDONED&journeyId=" + s.journey), "customers", 1, 2),
        DROP_OFFS((r, s) -> r.get("/analytics/dropoffs?stages=a,b&journeyId=" + s.journey), "nonConvertingCustomers", 1, 2),
        TOUCHPOINT((r, s) -> r.get("/analytics/touchpoints/" + s.entry), "reach", 2, 4),
        TOUCHPOINTS((r, s) -> r.contentType("application/json").body(Map.of("touchpointIds", List.of(s.entry, s.purchase)))
                .post("/analytics/touchpoints"), "metrics[0].reach", 2, 4),
        EXPERIMENT((r, s) -> r.get("/analytics/experiments?stageKey=a&journeyId=" + s.journey), "variants[0].participants", 1, 2);

        final BiFunction<RequestSpecification, KeptAnalyticsTest, io.restassured.response.Response> call;
        final String counted;
        final int before;
        final int after;

        Analytic(BiFunction<RequestSpecification, KeptAnalyticsTest, io.restassured.response.Response> call, String counted,
                 int before, int after) {
            this.call = call;
            this.counted = counted;
            this.before = before;
            this.after = after;
        }
    }

    private final String tenant = Api.newTenant();
    private final UUID journey = UUID.randomUUID();
    private String entry;
    private String purchase;

    /** {@code converter} views the entry touchpoint at stage a (variant A) and purchases at stage b; {@code browser} only views (variant B). */
    private List<Map<String, Object>> customers(String converter, String browser, Instant at) {
        Map<String, Object> view = event(converter + "-1", converter, journey, "a", entry, "VIEW", at);
        view.put("variant", "A");
        Map<String, Object> browse = event(browser + "-1", browser, journey, "a", entry, "VIEW", at);
        browse.put("variant", "B");
        List<Map<String, Object>> events = new ArrayList<>(List.of(view, browse));
        events.add(event(converter + "-2", converter, journey, "b", purchase, "PURCHASE", at.plusSeconds(600)));
        return events;
    }

    private ValidatableResponse ask(Analytic analytic, String minDataAsOf) {
        RequestSpecification request = as(tenant, "viewer");
        if (minDataAsOf != null) {
            request = request.queryParam("minDataAsOf", minDataAsOf);
        }
        return analytic.call.apply(request, this).then().statusCode(200);
    }

    private static int counted(ValidatableResponse answer, Analytic analytic) {
        return answer.extract().path(analytic.counted);
    }

    private static Instant dataAsOf(ValidatableResponse answer) {
        return Instant.parse(answer.extract().path("dataAsOf"));
    }

    @ParameterizedTest
    @EnumSource(Analytic.class)
    void aKeptAnswerNeverClaimsDataItDoesNotCountAndMinDataAsOfAndErasureAreNeverAnsweredAround(Analytic analytic) {
        entry = Api.createTouchpoint(tenant, Api.touchpoint("Landing page", "WEBSITE", "TOFU", Api.link(journey, "a")));
        purchase = Api.createTouchpoint(tenant, Api.touchpoint("Checkout", "CHECKOUT", "BOFU", Api.link(journey, "b")));
        String first = Api.ingest(tenant, customers("ann", "eve", T0));
        assertThat(counted(ask(analytic, first), analytic)).as("counts the first batch").isEqualTo(analytic.before);

        String second = Api.ingest(tenant, customers("bob", "dan", T0.plusSeconds(3600)));
        ValidatableResponse kept = ask(analytic, null);
        assertThat(counted(kept, analytic)).as("the kept answer, computed before the second batch").isEqualTo(analytic.before);
        assertThat(dataAsOf(kept)).as("and it says so: counted up to before the second batch was acknowledged")
                .isBefore(Instant.parse(second));

        ValidatableResponse fresh = ask(analytic, second);
        assertThat(counted(fresh, analytic)).as("read-your-writes").isEqualTo(analytic.after);
        assertThat(dataAsOf(fresh)).isAfterOrEqualTo(Instant.parse(second));

        as(tenant, "admin").delete("/customers/ann").then().statusCode(200);
        as(tenant, "admin").delete("/customers/eve").then().statusCode(200);
        assertThat(counted(ask(analytic, null), analytic)).as("erased: never answered from before, even without minDataAsOf")
                .isEqualTo(analytic.before);
    }
}
