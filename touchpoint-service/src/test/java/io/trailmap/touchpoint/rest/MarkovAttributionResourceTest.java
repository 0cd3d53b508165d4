package io.trailmap.touchpoint.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static io.trailmap.touchpoint.rest.Api.as;
import static io.trailmap.touchpoint.rest.Api.event;
import static io.trailmap.touchpoint.rest.Api.touchpoint;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.is;

/**
 * MARKOV attribution over five customers, by hand. Touchpoints: A "Newsletter" and B "Promo mail"
 * (both EMAIL in the catalogue), C "Web shop" (WEBSITE), where purchases happen. Paths, repeats
 * collapsed, cut after the first purchase:
 * <pre>
 *   m1  A → C → purchase        (a later visit to A does not count)
 *   m2  A → B → C → purchase    (A twice in a row counts once)
 *   m3  B → C → purchase
 *   m4  B → (leaves)            (B twice in a row)
 *   m5  A → C → (leaves)        (cart at C, no purchase)
 * </pre>
 * Transitions: START→A 3/5, START→B 2/5; A→C 2/3, A→B 1/3; B→C 2/3, B→NULL 1/3; C→CONV 3/4, C→NULL 1/4.
 * P(C) = 3/4, P(B) = 2/3·3/4 = 1/2, P(A) = 2/3·3/4 + 1/3·1/2 = 2/3, P = 3/5·2/3 + 2/5·1/2 = 3/5.
 * Without A: P = 2/5·1/2 = 1/5, removal effect 1 − 1/3 = 2/3. Without B: P(A) = 1/2, P = 3/5·1/2 = 3/10,
 * effect 1/2. Without C nothing converts: effect 1. The 3 conversions are shared 2/3 : 1/2 : 1 = 4 : 3 : 6,
 * so A 12/13, B 9/13, C 18/13; EMAIL (A + B) 21/13, WEBSITE 18/13.
 */
@QuarkusTest
class MarkovAttributionResourceTest {

    private static final Instant T0 = Instant.parse("2026-05-01T08:00:00Z");
    private final String tenant = Api.newTenant();
    private final UUID journey = UUID.randomUUID();

    private static Instant hours(int h) {
        return T0.plusSeconds(h * 3600L);
    }

    @Test
    void creditsAreTheConversionsSharedByEachTouchpointsRemovalEffect() {
        String a = Api.createTouchpoint(tenant, touchpoint("Newsletter", "EMAIL", "TOFU"));
        String b = Api.createTouchpoint(tenant, touchpoint("Promo mail", "EMAIL", "MOFU"));
        String c = Api.createTouchpoint(tenant, touchpoint("Web shop", "WEBSITE", "BOFU"));
        Api.ingest(tenant, List.of(
                event("m1-1", "m1", journey, "aware", a, "VISIT", hours(0)),
                event("m1-2", "m1", journey, "buy", c, "PURCHASE", hours(1)),
                event("m1-3", "m1", journey, "aware", a, "VISIT", hours(2)),
                event("m2-1", "m2", journey, "aware", a, "IMPRESSION", hours(0)),
                event("m2-2", "m2", journey, "aware", a, "CLICK", hours(1)),
                event("m2-3", "m2", journey, "consider", b, "VISIT", hours(2)),
                event("m2-4", "m2", journey, "buy", c, "PURCHASE", hours(3)),
                event("m3-1", "m3", journey, "consider", b, "VISIT", hours(0)),
                event("m3-2", "m3", journey, "buy", c, "PURCHASE", hours(1)),
                event("m4-1", "m4", journey, "consider", b, "VISIT", hours(0)),
                event("m4-2", "m4", journey, "consider", b, "VISIT", hours(1)),
                event("m5-1", "m5", journey, "aware", a, "VISIT", hours(0)),
                event("m5-2", "m5", journey, "buy", c, "ADD_TO_CART", hours(1))));

        as(tenant, "viewer").get("/analytics/attribution?journeyId=" + journey + "&model=MARKOV").then().statusCode(200)
                .body("model", is("MARKOV")).body("conversions", is(3))
                .body("touchpoints.touchpointId", is(List.of(c, a, b)))
                .body("touchpoints.name", is(List.of("Web shop", "Newsletter", "Promo mail")))
                .body("touchpoints.channel", is(List.of("WEBSITE", "EMAIL", "EMAIL")))
                .body("touchpoints[0].credit", closeTo(18.0 / 13, 1e-9)).body("touchpoints[0].share", closeTo(6.0 / 13, 1e-9))
                .body("touchpoints[1].credit", closeTo(12.0 / 13, 1e-9)).body("touchpoints[1].share", closeTo(4.0 / 13, 1e-9))
                .body("touchpoints[2].credit", closeTo(9.0 / 13, 1e-9)).body("touchpoints[2].share", closeTo(3.0 / 13, 1e-9))
                .body("channels.channel", is(List.of("EMAIL", "WEBSITE")))
                .body("channels[0].credit", closeTo(21.0 / 13, 1e-9)).body("channels[0].share", closeTo(7.0 / 13, 1e-9))
                .body("channels[1].credit", closeTo(18.0 / 13, 1e-9)).body("channels[1].share", closeTo(6.0 / 13, 1e-9));
    }
}
