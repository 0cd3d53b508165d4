package io.trailmap.touchpoint.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.trailmap.touchpoint.rest.Api.as;
import static io.trailmap.touchpoint.rest.Api.event;
import static io.trailmap.touchpoint.rest.Api.touchpoint;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

/**
 * Drop-offs of twelve touchpoints in the week [May 1, May 8), by hand. Customers who did not convert
 * in the week, by the touchpoint where they were last seen in it: T1 five (a1, a2, a3, cart1, cart4 —
 * who buys on May 10, after the week), T2 four (b1–b3, and moved-on, whose later visit to T12 on May 10
 * is outside the week), T3 three, T4–T12 one each: 21 in all over 12 touchpoints. Left out: early (only
 * April, at T12), buyer and cart2 (they buy in the week), cart3 (a cart in April only).
 */
@QuarkusTest
class DropOffsTest {

    private static final Instant FROM = Instant.parse("2026-05-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2026-05-08T00:00:00Z");
    private static final Instant IN_WEEK = Instant.parse("2026-05-02T10:00:00Z");
    private static final Instant BEFORE = Instant.parse("2026-04-20T10:00:00Z");
    private static final Instant AFTER = Instant.parse("2026-05-10T10:00:00Z");

    private final String tenant = Api.newTenant();
    private final UUID journey = UUID.randomUUID();
    private final List<String> t = new ArrayList<>();
    private final List<Map<String, Object>> events = new ArrayList<>();

    private void visit(String customer, int touchpoint, String type, Instant at) {
        events.add(event(customer + "-" + events.size(), customer, journey, type.equals("PURCHASE") ? "buy" : "browse",
                t.get(touchpoint - 1), type, at));
    }

    @BeforeEach
    void twelveTouchpointsAndTheirCustomers() {
        for (int i = 1; i <= 12; i++) {
            t.add(Api.createTouchpoint(tenant, touchpoint("Touchpoint " + i, "WEBSITE", "MOFU")));
        }
        visit("a1", 5, "VISIT", IN_WEEK);
        visit("a1", 1, "VIEW", IN_WEEK.plusSeconds(3600));
        visit("a2", 1, "VISIT", IN_WEEK);
        visit("a3", 1, "VISIT", IN_WEEK);
        visit("cart1", 1, "ADD_TO_CART", IN_WEEK);
        visit("cart4", 1, "ADD_TO_CART", IN_WEEK);
        visit("cart4", 3, "PURCHASE", AFTER);
        for (String b : List.of("b1", "b2", "b3", "moved-on")) {
            visit(b, 2, "VISIT", IN_WEEK);
        }
        visit("moved-on", 12, "VISIT", AFTER);
        for (String c : List.of("c1", "c2", "c3")) {
            visit(c, 3, "VISIT", IN_WEEK);
        }
        for (int k = 4; k <= 12; k++) {
            visit("d" + k, k, "VISIT", IN_WEEK);
        }
        visit("early", 12, "VISIT", BEFORE);
        visit("buyer", 1, "VISIT", IN_WEEK);
        visit("buyer", 3, "PURCHASE", IN_WEEK.plusSeconds(7200));
        visit("cart2", 1, "ADD_TO_CART", IN_WEEK);
        visit("cart2", 3, "PURCHASE", IN_WEEK.plusSeconds(3600));
        visit("cart3", 4, "ADD_TO_CART", BEFORE);
        Api.ingest(tenant, events);
    }

    private String dropOffs(String extra) {
        return "/analytics/dropoffs?journeyId=" + journey + "&stages=browse,buy&from=" + FROM + "&to=" + TO + extra;
    }

    @Test
    void eachShareIsOfAllNonConvertersInTheRangeAndTheListSaysItIsTheTopTen() {
        as(tenant, "viewer").get(dropOffs("")).then().statusCode(200)
                .body("nonConvertingCustomers", is(21))
                .body("touchpointsTotal", is(12))
                .body("touchpointsTruncated", is(true))
                .body("touchpoints", hasSize(10))
                .body("touchpoints[0].touchpointId", is(t.get(0))).body("touchpoints[0].customers", is(5))
                .body("touchpoints[0].share", closeTo(5 / 21.0, 1e-12))
                .body("touchpoints[1].touchpointId", is(t.get(1))).body("touchpoints[1].customers", is(4))
                .body("touchpoints[1].share", closeTo(4 / 21.0, 1e-12))
                .body("touchpoints[2].touchpointId", is(t.get(2))).body("touchpoints[2].customers", is(3))
                .body("touchpoints[2].share", closeTo(3 / 21.0, 1e-12))
                .body("touchpoints[3..9].customers", everyItem(is(1)))
                .body("touchpoints[3..9].share", everyItem(closeTo(1 / 21.0, 1e-12)))
                .body("touchpoints.stageKey", everyItem(is("browse")));
    }

    @Test
    void aLimitCoveringEveryTouchpointListsThemAllWithSharesSummingToOne() {
        as(tenant, "viewer").get(dropOffs("&limit=500")).then().statusCode(200)
                .body("touchpoints", hasSize(12))
                .body("touchpointsTotal", is(12))
                .body("touchpointsTruncated", is(false))
                .body("touchpoints.share.sum()", closeTo(1.0, 1e-12))
                // T12: only d12 — early's April visit and moved-on's visit of May 10 are outside the week
                .body("touchpoints.find { it.touchpointId == '" + t.get(11) + "' }.customers", is(1));
    }

    @Test
    void cartsAreCountedInTheRangeAndAPurchaseAfterItDoesNotSaveThem() {
        // carts in the week: cart1 (never bought), cart2 (bought in the week), cart4 (bought on May 10); cart3's is April's
        as(tenant, "viewer").get(dropOffs("")).then().statusCode(200)
                .body("cart.carts", is(3))
                .body("cart.abandoned", is(2))
                .body("cart.rate", closeTo(2 / 3.0, 1e-12));
    }

    @Test
    void theStageDropIsTheFunnelsOverTheSameRange() {
        // entered in the week at browse: 5 + 4 + 3 + 9 non-converters + buyer + cart2 = 23; reached buy within 30 days:
        // buyer, cart2 and cart4 (May 10) = 3
        as(tenant, "viewer").get(dropOffs("")).then().statusCode(200)
                .body("stages", hasSize(1))
                .body("stages[0].dropOff", is(20))
                .body("stages[0].dropOffRate", closeTo(20 / 23.0, 1e-12));
    }

    @Test
    void aLimitOutsideOneTo500IsAClear400() {
        for (String limit : List.of("0", "501", "ten")) {
            as(tenant, "viewer").get(dropOffs("&limit=" + limit)).then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", is("limit"))
                    .body("errors[0].message", containsString("between 1 and 500"));
        }
    }
}
