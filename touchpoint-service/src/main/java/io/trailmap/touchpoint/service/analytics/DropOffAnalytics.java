package io.trailmap.touchpoint.service.analytics;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import io.trailmap.common.security.CurrentTenant;
import io.trailmap.touchpoint.analytics.DropOffCounter;
import io.trailmap.touchpoint.analytics.FunnelStep;
import io.trailmap.touchpoint.analytics.TimeRange;
import io.trailmap.touchpoint.api.AnalyticsSource;
import io.trailmap.touchpoint.api.DropOffView;
import io.trailmap.touchpoint.ingest.IngestWatermark.Watermark;
import io.trailmap.touchpoint.service.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Drop-offs in a range: the funnel's stage transitions ranked by customers lost; where the customers who
 * did not convert in the range (interactions in it, no PURCHASE) were last seen in it — the top
 * {@code limit} with the total, each a share of all of them; and carts not followed by a PURCHASE
 * ({@link DropOffCounter}, over the touches kept per customer or, to verify them, the raw interactions).
 */
@ApplicationScoped
@TransactionConfiguration(timeoutFromConfigProperty = "trailmap.analytics.transaction-timeout")
public class DropOffAnalytics {

    record DropOffKey(String tenant, UUID journeyId, TimeRange range, int limit) implements JourneyPass.Key {

        @Override
        public JourneyFold<DropOffCounter.Counts> fold() {
            DropOffCounter counter = new DropOffCounter();
            return JourneyFold.of(range, counter::add, counter::remove, () -> counter.top(limit));
        }
    }

    private final Sql sql;
    private final CurrentTenant tenant;
    private final FunnelAnalytics funnels;
    private final KeptResults kept;
    private final KeptFolds folds;

    public DropOffAnalytics(Sql sql, CurrentTenant tenant, FunnelAnalytics funnels, KeptResults kept, KeptFolds folds) {
        this.sql = sql;
        this.tenant = tenant;
        this.funnels = funnels;
        this.kept = kept;
        this.folds = folds;
    }

    @Transactional
    public DropOffView dropOffs(Watermark counted, AnalyticsSource source, UUID journeyId, List<String> stages, Duration window,
                                TimeRange range, int limit) {
        KeptResults.Result<List<FunnelStep>> funnel = funnels.steps(counted, source, journeyId, stages, window, range, null);
        DropOffKey key = new DropOffKey(tenant.id(), journeyId, range, limit);
        KeptResults.Result<DropOffCounter.Counts> read = source == AnalyticsSource.RAW
                ? KeptResults.Result.computedAt(counted, JourneyPass.computed(sql, source, key))
                : JourneyPass.kept(kept, folds, sql, key, counted);
        DropOffCounter.Counts counts = read.value();
        long nonConverting = counts.nonConvertingCustomers();
        Map<UUID, String> names = Catalogue.names(counts.top().stream().map(DropOffCounter.LastTouch::touchpointId).toList());
        List<DropOffView.LastTouch> touchpoints = counts.top().stream().map(t -> new DropOffView.LastTouch(t.touchpointId(),
                names.get(t.touchpointId()), t.stageKey(), t.customers(), (double) t.customers() / nonConverting)).toList();
        DropOffView.CartAbandonment cart = new DropOffView.CartAbandonment(counts.carts(), counts.abandoned(),
                counts.carts() == 0 ? null : (double) counts.abandoned() / counts.carts());
        // its two parts may be kept results counting up to different instants: the answer claims no more than the older
        Instant dataAsOf = funnel.dataAsOf().isBefore(read.dataAsOf()) ? funnel.dataAsOf() : read.dataAsOf();
        return new DropOffView(journeyId, stageDrops(funnel.value()), touchpoints, nonConverting, counts.lastTouches(),
                counts.lastTouches() > touchpoints.size(), cart, dataAsOf);
    }

    /** Each transition between consecutive stages, most customers lost first. */
    static List<DropOffView.StageDrop> stageDrops(List<FunnelStep> steps) {
        List<DropOffView.StageDrop> drops = new ArrayList<>();
        for (int k = 1; k < steps.size(); k++) {
            FunnelStep previous = steps.get(k - 1);
            drops.add(new DropOffView.StageDrop(previous.stageKey(), steps.get(k).stageKey(), steps.get(k).dropOff(),
                    previous.customers() == 0 ? null : (double) steps.get(k).dropOff() / previous.customers()));
        }
        drops.sort(Comparator.comparingInt(DropOffView.StageDrop::dropOff).reversed());
        return drops;
    }
}
