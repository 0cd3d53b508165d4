package io.trailmap.touchpoint.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.trailmap.testsupport.PrometheusMetrics;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static io.trailmap.touchpoint.rest.Api.as;
import static io.trailmap.touchpoint.rest.Api.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

/** Funnels are kept per version of the tenant's rollups: read-your-writes sees every change, an erasure at once. */
@QuarkusTest
class FunnelCacheTest {

    private static final Instant T0 = Instant.parse("2026-05-01T08:00:00Z");
    private final String tenant = Api.newTenant();
    private final UUID journey = UUID.randomUUID();
    private final String touchpoint = UUID.randomUUID().toString();

    /** The latest acknowledgement: read-your-writes asks for it (without, a kept funnel may answer, with its older dataAsOf). */
    private String acknowledged;

    private void ingest(List<java.util.Map<String, Object>> events) {
        acknowledged = Api.ingest(tenant, events);
    }

    private void funnelCounts(Integer... customers) {
        as(tenant, "viewer").queryParam("minDataAsOf", acknowledged).get("/analytics/funnel?journeyId=" + journey + "&stages=a,b")
                .then().statusCode(200).body("stages.customers", is(List.of(customers)));
    }

    /** Funnels computed so far (the timer records computations, not answers from the cache). */
    private static double computed() {
        return PrometheusMetrics.sum("trailmap_funnel_query_seconds_count");
    }

    @Test
    void aCachedFunnelChangesWithIngestionAndErasureOnly() {
        ingest(List.of(event("1", "ann", journey, "a", touchpoint, "VISIT", T0)));
        double before = computed();
        funnelCounts(1, 0);
        funnelCounts(1, 0);   // answered again, from the cache: computed once
        assertThat(computed() - before).isEqualTo(1);
        ingest(List.of(event("2", "ann", journey, "b", touchpoint, "VISIT", T0.plusSeconds(60)),
                event("3", "bob", journey, "a", touchpoint, "VISIT", T0)));
        funnelCounts(2, 1);
        double beforeDuplicate = computed();
        ingest(List.of(event("3", "bob", journey, "a", touchpoint, "VISIT", T0)));   // a duplicate changes nothing
        funnelCounts(2, 1);
        assertThat(computed() - beforeDuplicate).as("a batch of duplicates keeps the cached funnel").isEqualTo(0);
        as(tenant, "admin").delete("/customers/ann").then().statusCode(200);
        // an erasure takes data away: no funnel computed before it is answered again, with or without minDataAsOf
        as(tenant, "viewer").get("/analytics/funnel?journeyId=" + journey + "&stages=a,b").then().statusCode(200)
                .body("stages.customers", is(List.of(1, 0)));
        // another tenant's change does not matter, and its funnel is its own
        String other = Api.newTenant();
        Api.ingest(other, List.of(event("9", "zed", journey, "a", touchpoint, "VISIT", T0)));
        funnelCounts(1, 0);
        as(other, "viewer").get("/analytics/funnel?journeyId=" + journey + "&stages=a,b").then().body("stages.customers", is(List.of(1, 0)));
    }
}
