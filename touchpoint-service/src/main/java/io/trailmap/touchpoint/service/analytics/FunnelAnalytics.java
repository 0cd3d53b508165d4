package io.trailmap.touchpoint.service.analytics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.trailmap.common.security.CurrentTenant;
import io.trailmap.touchpoint.analytics.FunnelCalculator;
import io.trailmap.touchpoint.analytics.FunnelStep;
import io.trailmap.touchpoint.analytics.TimeRange;
import io.trailmap.touchpoint.api.AnalyticsSource;
import io.trailmap.touchpoint.api.FunnelView;
import io.trailmap.touchpoint.ingest.IngestWatermark.Watermark;
import io.trailmap.touchpoint.service.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Funnels: from the progress rollup, kept between calls ({@link KeptResults}) because dashboards ask the
 * same funnel again and again, also while ingestion moves the rollups on; or from raw interactions to
 * verify it (the two must agree).
 */
@ApplicationScoped
public class FunnelAnalytics {

    /** What a funnel's result depends on besides the data: the tenant and the request. */
    record FunnelKey(String tenant, UUID journeyId, List<String> stages, Duration window, TimeRange entered, String variant)
            implements KeptResults.Key {
    }

    private final Sql sql;
    private final CurrentTenant tenant;
    private final KeptResults kept;
    private final Timer timer;

    public FunnelAnalytics(Sql sql, CurrentTenant tenant, KeptResults kept, MeterRegistry registry) {
        this.sql = sql;
        this.tenant = tenant;
        this.kept = kept;
        this.timer = Timer.builder("trailmap.funnel.query").description("Time to compute a funnel")
                .publishPercentileHistogram().register(registry);
    }

    @Transactional
    public FunnelView funnel(Watermark counted, AnalyticsSource source, UUID journeyId, List<String> stages, Duration window,
                             TimeRange entered, String variant) {
        KeptResults.Result<List<FunnelStep>> result = steps(counted, source, journeyId, stages, window, entered, variant);
        return new FunnelView(journeyId, window.toString(), entered.from(), entered.to(), variant, result.value(), result.dataAsOf());
    }

    /** The funnel's steps and the instant they count up to (a kept result's may be older than {@code counted}'s). */
    @Transactional
    public KeptResults.Result<List<FunnelStep>> steps(Watermark counted, AnalyticsSource source, UUID journeyId, List<String> stages,
                                      Duration window, TimeRange entered, String variant) {
        String owner = tenant.id();
        if (source == AnalyticsSource.RAW) {
            List<Instant[]> customers = RawStageTimes.readRaw(sql, owner, journeyId, stages, variant, entered);
            return KeptResults.Result.computedAt(counted, FunnelCalculator.compute(stages, customers, window, entered));
        }
        FunnelKey key = new FunnelKey(owner, journeyId, List.copyOf(stages), window, entered, variant);
        return kept.answer(key, counted,
                () -> timer.record(() -> RollupFunnel.steps(sql, owner, journeyId, stages, window, entered, variant)));
    }
}
