package io.trailmap.touchpoint.service.analytics;

import io.trailmap.common.security.CurrentTenant;
import io.trailmap.touchpoint.analytics.AttributionCalculator;
import io.trailmap.touchpoint.analytics.AttributionModel;
import io.trailmap.touchpoint.analytics.Credits;
import io.trailmap.touchpoint.analytics.MarkovAttribution;
import io.trailmap.touchpoint.analytics.TimeRange;
import io.trailmap.touchpoint.api.AnalyticsSource;
import io.trailmap.touchpoint.api.AttributionView;
import io.trailmap.touchpoint.domain.TouchpointEntity;
import io.trailmap.touchpoint.ingest.IngestWatermark.Watermark;
import io.trailmap.touchpoint.service.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/** Credit of a journey's conversions per touchpoint and channel, by a rule-based model or MARKOV (removal effect). */
@ApplicationScoped
public class AttributionAnalytics {

    /** What credits depend on besides the data (the half-life only for TIME_DECAY). */
    record AttributionKey(String tenant, UUID journeyId, AttributionModel model, Duration lookback, Duration halfLife,
                          String conversionStage, TimeRange range) implements KeptResults.Key {
    }

    private final Sql sql;
    private final CurrentTenant tenant;
    private final KeptResults kept;

    public AttributionAnalytics(Sql sql, CurrentTenant tenant, KeptResults kept) {
        this.sql = sql;
        this.tenant = tenant;
        this.kept = kept;
    }

    /**
     * From the touches kept per customer (kept between calls, {@link KeptResults}), or from raw interactions to
     * verify them (the two must agree).
     */
    @Transactional
    public AttributionView attribution(Watermark counted, AnalyticsSource source, UUID journeyId, AttributionModel model,
                                       Duration lookback, Duration halfLife, String conversionStage, TimeRange range) {
        String owner = tenant.id();
        Supplier<Credits> compute = () -> {
            if (model == AttributionModel.MARKOV) {
                MarkovAttribution.Chain chain = new MarkovAttribution.Chain();
                JourneyEvents.forEachPath(sql, source, owner, journeyId, range, chain::add);
                return chain.credits();
            }
            AttributionCalculator.RuleBased credits = new AttributionCalculator.RuleBased(model, halfLife);
            JourneyEvents.forEachConversion(sql, source, owner, journeyId, conversionStage, lookback, range, credits::add);
            return credits.credits();
        };
        KeptResults.Result<Credits> result = source == AnalyticsSource.RAW
                ? KeptResults.Result.computedAt(counted, compute.get())
                : kept.answer(new AttributionKey(owner, journeyId, model, lookback, model == AttributionModel.TIME_DECAY ? halfLife : null,
                conversionStage, range), counted, compute);
        Credits credits = result.value();
        Map<UUID, TouchpointEntity> catalogue = Catalogue.entries(credits.byTouchpoint().keySet());
        int conversions = credits.conversions();
        List<AttributionView.TouchpointCredit> byTouchpoint = credits.byTouchpoint().entrySet().stream()
                .map(e -> {
                    TouchpointEntity entry = catalogue.get(e.getKey());
                    return new AttributionView.TouchpointCredit(e.getKey(), entry == null ? null : entry.name,
                            entry == null ? null : entry.channel.name(), e.getValue(), share(e.getValue(), conversions));
                })
                .sorted(Comparator.comparingDouble(AttributionView.TouchpointCredit::credit).reversed()
                        .thenComparing(c -> c.touchpointId().toString()))
                .toList();
        List<AttributionView.ChannelCredit> byChannel = credits.byChannel().entrySet().stream()
                .map(e -> new AttributionView.ChannelCredit(e.getKey(), e.getValue(), share(e.getValue(), conversions)))
                .sorted(Comparator.comparingDouble(AttributionView.ChannelCredit::credit).reversed()
                        .thenComparing(AttributionView.ChannelCredit::channel))
                .toList();
        return new AttributionView(journeyId, model, lookback.toString(), model == AttributionModel.TIME_DECAY ? halfLife.toString() : null,
                conversionStage, conversions, byTouchpoint, byChannel, result.dataAsOf());
    }

    private static double share(double credit, int conversions) {
        return conversions == 0 ? 0 : credit / conversions;
    }
}
