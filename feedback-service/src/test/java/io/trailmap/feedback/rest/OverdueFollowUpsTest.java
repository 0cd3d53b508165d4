package io.trailmap.feedback.rest;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import io.quarkus.test.junit.QuarkusTest;
import io.trailmap.feedback.service.Store;
import io.trailmap.feedback.webhook.OverdueFollowUps;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import static io.trailmap.feedback.rest.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

/**
 * The overdue scan must announce every case past its due time in one run, however many: 1 001 cases
 * are two full pages of the scan and one more. Their due time is a day ahead, and the scan is run as of
 * two days ahead, so the service's own scheduled scan (which runs as of now) cannot mark any of them.
 */
@QuarkusTest
class OverdueFollowUpsTest {

    private static final int CASES = 1_001;

    @Inject
    OverdueFollowUps overdue;

    @Inject
    Store store;

    @Test
    void oneScanAnnouncesEveryOverdueCaseOfABacklogLongerThanTwoPages() {
        String tenant = Api.newTenant();
        for (int from = 0; from < CASES; from += 1_000) {
            List<Map<String, Object>> detractors = new ArrayList<>();
            for (int i = from; i < Math.min(CASES, from + 1_000); i++) {
                detractors.add(Api.response("late-" + i, "NPS", 2, null));
            }
            as(tenant, "ingest").body(detractors).post("/responses").then().statusCode(202).body("accepted", is(detractors.size()));
        }
        Instant now = Instant.now();
        var ofTenant = Filters.eq("tenant", tenant);
        assertThat(store.followUps().countDocuments(ofTenant)).isEqualTo(CASES);
        store.followUps().updateMany(ofTenant, Updates.set("dueAt", Date.from(now.plus(1, ChronoUnit.DAYS))));

        int marked = overdue.announce(now.plus(2, ChronoUnit.DAYS));

        assertThat(store.followUps().countDocuments(Filters.and(ofTenant, Filters.eq(OverdueFollowUps.ANNOUNCED, true)))).isEqualTo(CASES);
        assertThat(marked).as("marked by this run (other tenants' cases due by then too)").isGreaterThanOrEqualTo(CASES);
    }
}
