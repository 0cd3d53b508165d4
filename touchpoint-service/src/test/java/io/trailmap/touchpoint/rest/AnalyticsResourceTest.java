package io.trailmap.touchpoint.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static io.trailmap.touchpoint.rest.Api.as;
import static io.trailmap.touchpoint.rest.Api.event;
import static io.trailmap.touchpoint.rest.Api.touchpoint;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

/**
 * Three customers, by hand: c1 sees X (email) then Y (web) then buys at Z (checkout); c2 sees X, then
 * puts something in the cart at Y and leaves; c3 only visits Y.
 */
@QuarkusTest
class AnalyticsResourceTest {

    private static final Instant T0 = Instant.parse("2026-04-10T08:00:00Z");
    private final String tenant = Api.newTenant();
    private final UUID journey = UUID.randomUUID();
    private String x;
    private String y;
    private String z;

    private static Instant hours(int h) {
        return T0.plusSeconds(h * 3600L);
    }

    @BeforeEach
    void journeyWithThreeCustomers() {
        x = Api.createTouchpoint(tenant, touchpoint("Newsletter", "EMAIL", "MOFU"));
        y = Api.createTouchpoint(tenant, touchpoint("Web shop", "WEBSITE", "MOFU"));
        z = Api.createTouchpoint(tenant, touchpoint("Checkout", "CHECKOUT", "BOFU"));
        Map<String, Object> c1Consider = event("c1-2", "c1", journey, "consider", y, "VIEW", hours(1));
        c1Consider.put("variant", "A");
        Map<String, Object> c2Consider = event("c2-2", "c2", journey, "consider", y, "ADD_TO_CART", hours(3));
        c2Consider.put("variant", "B");
        Api.ingest(tenant, List.of(
                event("c1-1", "c1", journey, "aware", x, "IMPRESSION", hours(0)), c1Consider,
                event("c1-3", "c1", journey, "buy", z, "PURCHASE", hours(2)),
                event("c2-1", "c2", journey, "aware", x, "IMPRESSION", hours(0)), c2Consider,
                event("c3-1", "c3", journey, "aware", y, "VISIT", hours(1))));
    }

    @Test
    void funnelCountsConversionsDropOffAndMedianTimes() {
        as(tenant, "viewer").get("/analytics/funnel?journeyId=" + journey + "&stages=aware,consider,buy").then().statusCode(200)
                .body("window", is("PT720H"))
                .body("stages.stageKey", is(List.of("aware", "consider", "buy")))
                .body("stages.customers", is(List.of(3, 2, 1)))
                .body("stages.dropOff", is(List.of(0, 1, 1)))
                .body("stages[1].conversionFromPrevious", closeTo(2.0 / 3, 1e-9))
                .body("stages[2].conversionFromStart", closeTo(1.0 / 3, 1e-9))
                .body("stages.medianTimeToNext", is(java.util.Arrays.asList("PT2H", "PT1H", null)));
        as(tenant, "viewer").get("/analytics/funnel?journeyId=" + journey + "&stages=aware,consider,buy&window=PT2H")
                .then().body("stages.customers", is(List.of(3, 1, 1)));
        as(tenant, "viewer").get("/analytics/funnel?journeyId=" + journey + "&stages=aware,consider&variant=B")
                .then().body("stages.customers", is(List.of(1, 1)));
        as(tenant, "viewer").get("/analytics/funnel?journeyId=" + journey + "&stages=aware,consider&from=" + hours(1) + "&to=" + hours(5))
                .then().body("stages.customers", is(List.of(1, 0)));
    }

    @Test
    void manyFunnelsInOneCallAnswerInRequestOrder() {
        UUID empty = UUID.randomUUID();
        as(tenant, "viewer").body(Map.of("funnels", List.of(
                        Map.of("journeyId", journey.toString(), "stages", List.of("aware", "consider", "buy")),
                        Map.of("journeyId", empty.toString(), "stages", List.of("a")))))
                .post("/analytics/funnels").then().statusCode(200)
                .body("funnels[0].stages.customers", is(List.of(3, 2, 1)))
                .body("funnels[1].journeyId", is(empty.toString())).body("funnels[1].stages.customers", is(List.of(0)));
        as(tenant, "viewer").body(Map.of("funnels", List.of(Map.of("journeyId", journey.toString(), "stages", List.of("A B")))))
                .post("/analytics/funnels").then().statusCode(400).body("errors[0].field", is("stages"));
        as(tenant, "viewer").body(Map.of("funnels", List.of())).post("/analytics/funnels").then().statusCode(400);
    }

    @Test
    void attributionSharesTheConversionByModel() {
        String base = "/analytics/attribution?journeyId=" + journey + "&model=";
        as(tenant, "viewer").get(base + "LINEAR").then().statusCode(200)
                .body("conversions", is(1)).body("touchpoints", hasSize(3))
                .body("touchpoints.find { it.touchpointId == '" + x + "' }.credit", closeTo(1.0 / 3, 1e-9))
                .body("touchpoints.find { it.touchpointId == '" + z + "' }.name", is("Checkout"))
                .body("channels.find { it.channel == 'CHECKOUT' }.credit", closeTo(1.0 / 3, 1e-9));
        as(tenant, "viewer").get(base + "FIRST_TOUCH").then()
                .body("touchpoints", hasSize(1)).body("touchpoints[0].touchpointId", is(x)).body("touchpoints[0].credit", is(1.0));
        as(tenant, "viewer").get(base + "POSITION_BASED").then()
                .body("touchpoints.find { it.touchpointId == '" + y + "' }.credit", closeTo(0.2, 1e-9));
        as(tenant, "viewer").get(base + "TIME_DECAY&halfLife=PT1H").then().body("halfLife", is("PT1H"))
                .body("touchpoints.find { it.touchpointId == '" + z + "' }.credit", closeTo(4.0 / 7, 1e-9));
        // a lookback of 90 minutes leaves out the first touch
        as(tenant, "viewer").get(base + "FIRST_TOUCH&lookback=PT90M").then().body("touchpoints[0].touchpointId", is(y));
        // MARKOV needs several converting paths to mean anything: MarkovAttributionResourceTest
        as(tenant, "viewer").get(base + "LAST_TOUCH&conversionStage=consider").then()
                .body("conversions", is(2)).body("touchpoints[0].touchpointId", is(y)).body("touchpoints[0].credit", is(2.0));
    }

    @Test
    void pathsTouchpointMetricsDropOffsAndExperiments() {
        as(tenant, "viewer").get("/analytics/paths?journeyId=" + journey + "&outcome=CONVERTED").then().statusCode(200)
                .body("customers", is(1)).body("paths[0].touchpointIds", is(List.of(x, y, z)))
                .body("paths[0].names", is(List.of("Newsletter", "Web shop", "Checkout")));
        as(tenant, "viewer").get("/analytics/paths?journeyId=" + journey + "&outcome=ABANDONED").then()
                .body("customers", is(2)).body("paths.touchpointIds", org.hamcrest.Matchers.containsInAnyOrder(List.of(x, y), List.of(y)))
                .body("distinctPaths", is(2)).body("truncated", is(false));
        // the top one of two distinct paths (one customer each): the answer says what it leaves out
        as(tenant, "viewer").get("/analytics/paths?journeyId=" + journey + "&outcome=ABANDONED&limit=1").then()
                .body("paths", hasSize(1)).body("paths[0].share", is(0.5)).body("distinctPaths", is(2)).body("truncated", is(true));

        as(tenant, "viewer").get("/analytics/touchpoints/" + x).then().statusCode(200)
                .body("reach", is(2)).body("interactions", is(2)).body("conversions", is(1))
                .body("conversionRate", is(0.5)).body("trend", hasSize(1))
                .body("trend[0].day", is("2026-04-10")).body("trend[0].customers", is(2));

        as(tenant, "viewer").get("/analytics/dropoffs?journeyId=" + journey + "&stages=aware,consider,buy").then().statusCode(200)
                .body("stages[0].dropOff", is(1))
                .body("touchpoints", hasSize(2)).body("touchpoints.touchpointId", is(List.of(y, y)))
                .body("cart.carts", is(1)).body("cart.abandoned", is(1)).body("cart.rate", is(1.0));

        as(tenant, "viewer").get("/analytics/experiments?journeyId=" + journey + "&stageKey=consider").then().statusCode(200)
                .body("variants.variant", is(List.of("A", "B")))
                .body("variants.participants", is(List.of(1, 1)))
                .body("variants.conversions", is(List.of(1, 0)))
                .body("variants[0].control", is(true)).body("variants[1].lift", is(-1.0));
    }

    @Test
    void metricsOfManyTouchpointsInOneCall() {
        UUID unknown = UUID.randomUUID();
        as(tenant, "viewer").body(Map.of("touchpointIds", List.of(x, unknown.toString(), z))).post("/analytics/touchpoints")
                .then().statusCode(200)
                .body("metrics[0].reach", is(2)).body("metrics[1]", org.hamcrest.Matchers.nullValue())
                .body("metrics[2].conversions", is(1));
        as(tenant, "viewer").body(Map.of("touchpointIds", List.of())).post("/analytics/touchpoints").then().statusCode(400);
    }

    @Test
    void metricsOfAWholeGatewayPageOf500TouchpointsComeInOneCallAndMoreAreRefused() {
        List<String> page = new ArrayList<>(List.of(x));
        while (page.size() < 500) {
            page.add(UUID.randomUUID().toString());
        }
        as(tenant, "viewer").body(Map.of("touchpointIds", page)).post("/analytics/touchpoints").then().statusCode(200)
                .body("metrics", hasSize(500)).body("metrics[0].reach", is(2)).body("metrics[499]", nullValue());
        page.add(UUID.randomUUID().toString());
        as(tenant, "viewer").body(Map.of("touchpointIds", page)).post("/analytics/touchpoints").then().statusCode(400)
                .body("errors[0].field", containsString("touchpointIds"));
    }

    @Test
    void invalidParametersAreClear400s() {
        String j = "journeyId=" + journey;
        as(tenant, "viewer").get("/analytics/funnel?stages=a").then().statusCode(400).body("errors[0].field", is("journeyId"));
        as(tenant, "viewer").get("/analytics/funnel?" + j).then().statusCode(400).body("errors[0].field", is("stages"));
        as(tenant, "viewer").get("/analytics/funnel?" + j + "&stages=a,a").then().statusCode(400).body("errors[0].field", is("stages"));
        as(tenant, "viewer").queryParam("window", "30 days").get("/analytics/funnel?" + j + "&stages=a").then().statusCode(400)
                .body("errors[0].field", is("window")).body("errors[0].message", containsString("P30D"));
        as(tenant, "viewer").get("/analytics/funnel?" + j + "&stages=a&from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z")
                .then().statusCode(400).body("errors[0].field", is("to"));
        as(tenant, "viewer").get("/analytics/attribution?" + j + "&model=GUESS").then().statusCode(400).body("errors[0].field", is("model"));
        as(tenant, "viewer").get("/analytics/paths?" + j + "&outcome=MAYBE").then().statusCode(400);
        as(tenant, "viewer").get("/analytics/paths?" + j + "&limit=0").then().statusCode(400);
        as(tenant, "viewer").get("/analytics/experiments?" + j).then().statusCode(400).body("errors[0].field", is("stageKey"));
        as(tenant, "viewer").get("/analytics/touchpoints/xyz").then().statusCode(400);
    }

    @Test
    void anotherTenantSeesNothingAndAuthIsRequired() {
        String other = Api.newTenant();
        as(other, "viewer").get("/analytics/funnel?journeyId=" + journey + "&stages=aware,consider").then().statusCode(200)
                .body("stages.customers", is(List.of(0, 0)));
        as(other, "viewer").get("/analytics/attribution?journeyId=" + journey).then().body("conversions", is(0));
        as(other, "viewer").get("/analytics/touchpoints/" + x).then().statusCode(404);
        as(other, "viewer").get("/customers/c1/timeline").then().body("items", hasSize(0));
        given().get("/analytics/funnel?journeyId=" + journey + "&stages=aware").then().statusCode(401);
        as(tenant, "ingest").get("/analytics/funnel?journeyId=" + journey + "&stages=aware").then().statusCode(403);
    }
}
