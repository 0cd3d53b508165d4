package io.trailmap.touchpoint.service.analytics;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import io.trailmap.common.security.CurrentTenant;
import io.trailmap.touchpoint.analytics.ExperimentCounter;
import io.trailmap.touchpoint.analytics.ExperimentStats;
import io.trailmap.touchpoint.analytics.TimeRange;
import io.trailmap.touchpoint.api.AnalyticsSource;
import io.trailmap.touchpoint.api.ExperimentView;
import io.trailmap.touchpoint.ingest.IngestWatermark.Watermark;
import io.trailmap.touchpoint.service.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * An A/B experiment at a stage: the customers who reached it with each variant and those who converted (a PURCHASE,
 * or reaching {@code conversionStage}) at or after that ({@link ExperimentCounter}), from the touches kept per
 * customer and journey in the journey's pass ({@link JourneyPass}, kept and followed like its other analytics), or
 * from raw interactions in SQL to verify it.
 */
@ApplicationScoped
@TransactionConfiguration(timeoutFromConfigProperty = "trailmap.analytics.transaction-timeout")
public class ExperimentAnalytics {

    record ExperimentKey(String tenant, UUID journeyId, String stageKey, String conversionStage) implements JourneyPass.Key {

        @Override
        public JourneyFold<List<ExperimentStats.VariantCount>> fold() {
            ExperimentCounter counter = new ExperimentCounter(stageKey, conversionStage);
            return JourneyFold.of(TimeRange.ALL, counter::add, counter::remove, counter::counts);
        }
    }

    private final Sql sql;
    private final CurrentTenant tenant;
    private final KeptResults kept;
    private final KeptFolds folds;

    public ExperimentAnalytics(Sql sql, CurrentTenant tenant, KeptResults kept, KeptFolds folds) {
        this.sql = sql;
        this.tenant = tenant;
        this.kept = kept;
        this.folds = folds;
    }

    /** From the kept touches (kept between calls), or from raw interactions to verify them. */
    @Transactional
    public ExperimentView experiment(Watermark counted, AnalyticsSource source, UUID journeyId, String stageKey, String conversionStage) {
        String owner = tenant.id();
        KeptResults.Result<List<ExperimentStats.VariantCount>> counts = source == AnalyticsSource.RAW
                ? KeptResults.Result.computedAt(counted, rawVariantCounts(owner, journeyId, stageKey, conversionStage))
                : JourneyPass.kept(kept, folds, sql, new ExperimentKey(owner, journeyId, stageKey, conversionStage), counted);
        return new ExperimentView(journeyId, stageKey, conversionStage == null ? "PURCHASE" : "stage:" + conversionStage,
                ExperimentStats.compare(counts.value()), counts.dataAsOf());
    }

    /**
     * The same from raw interactions: each customer's first variant at the stage (by time, then event id) and first time there,
     * converted when a PURCHASE (or an event at the conversion stage) of the journey comes at or after it.
     */
    private List<ExperimentStats.VariantCount> rawVariantCounts(String owner, UUID journeyId, String stageKey, String conversionStage) {
        String converts = conversionStage == null ? "c.type = 'PURCHASE'" : "c.stage_key = ?";
        List<Object> params = new ArrayList<>(List.of(owner, journeyId, stageKey, owner, journeyId));
        if (conversionStage != null) {
            params.add(conversionStage);
        }
        return sql.list("""
                        WITH firsts AS (
                            SELECT customer_id, min(occurred_at) AS first_at,
                                   (array_agg(variant ORDER BY occurred_at, event_id) FILTER (WHERE variant IS NOT NULL))[1] AS variant
                            FROM interactions WHERE tenant_id = ? AND journey_id = ? AND stage_key = ? GROUP BY customer_id)
                        SELECT f.variant, count(*) AS participants,
                               count(*) FILTER (WHERE EXISTS (SELECT 1 FROM interactions c WHERE c.tenant_id = ? AND c.journey_id = ?
                                   AND c.customer_id = f.customer_id AND %s AND c.occurred_at >= f.first_at)) AS converted
                        FROM firsts f WHERE f.variant IS NOT NULL GROUP BY f.variant ORDER BY f.variant""".formatted(converts),
                params, row -> new ExperimentStats.VariantCount(row.getString("variant"), row.getInt("participants"),
                        row.getInt("converted")));
    }
}
