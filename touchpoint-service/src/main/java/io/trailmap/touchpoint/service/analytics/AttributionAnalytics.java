package io.trailmap.touchpoint.service.analytics;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import io.trailmap.common.security.CurrentTenant;
import io.trailmap.touchpoint.analytics.AttributionCalculator;
import io.trailmap.touchpoint.analytics.AttributionModel;
import io.trailmap.touchpoint.analytics.ConversionFinder;
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

/** Credit of a journey's conversions per touchpoint and channel, by a rule-based model or MARKOV (removal effect). */
@ApplicationScoped
@TransactionConfiguration(timeoutFromConfigProperty = "trailmap.analytics.transaction-timeout")
public class AttributionAnalytics {

    /** What credits depend on besides the data (the half-life only for TIME_DECAY). */
    record AttributionKey(String tenant, UUID journeyId, AttributionModel model, Duration lookback, Duration halfLife,
                          String conversionStage, TimeRange range) implements JourneyPass.Key {

        @Override
        public JourneyFold<Credits> fold() {
            if (model == AttributionModel.MARKOV) {   // every customer's path (up to the first PURCHASE) in the range
                MarkovAttribution.Chain chain = new MarkovAttribution.Chain();
                return JourneyFold.of(range, events -> chain.add(ConversionFinder.path(events)),
                        events -> chain.remove(ConversionFinder.path(events)), chain::credits);
            }
            // each conversion in the range with its touches, which may precede the range by the lookback
            AttributionCalculator.RuleBased credits = new AttributionCalculator.RuleBased(model, halfLife);
            return JourneyFold.of(range.startingEarlier(lookback),
                    events -> ConversionFinder.conversions(events, conversionStage, lookback, range).forEach(credits::add),
                    events -> ConversionFinder.conversions(events, conversionStage, lookback, range).forEach(credits::remove),
                    credits::credits);
        }
    }

    private final Sql sql;
    private final CurrentTenant tenant;
    private final KeptResults kept;
    private final KeptFolds folds;

    public AttributionAnalytics(Sql sql, CurrentTenant tenant, KeptResults kept, KeptFolds folds) {
        this.sql = sql;
        this.tenant = tenant;
        this.kept = kept;
        this.folds = folds;
    }

    /**
     * From the touches kept per customer (kept between calls, {@link KeptResults}), or from raw interactions to
     * verify them (the two must agree).
     */
    @Transactional
    public AttributionView attribution(Watermark counted, AnalyticsSource source, UUID journeyId, AttributionModel model,
                                       Duration lookback, Duration halfLife, String conversionStage, TimeRange range) {
        AttributionKey key = new AttributionKey(tenant.id(), journeyId, model, lookback,
                model == AttributionModel.TIME_DECAY ? halfLife : null, conversionStage, range);
        KeptResults.Result<Credits> result = source == AnalyticsSource.RAW
                ? KeptResults.Result.computedAt(counted, JourneyPass.computed(sql, source, key))
                : JourneyPass.kept(kept, folds, sql, key, counted);
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
