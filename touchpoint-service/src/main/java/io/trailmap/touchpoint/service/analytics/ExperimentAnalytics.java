package io.trailmap.touchpoint.service.analytics;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import io.trailmap.common.security.CurrentTenant;
import io.trailmap.touchpoint.analytics.ExperimentStats;
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
 * An A/B experiment at a stage, from the rollups: the customers who reached it with each variant and those
 * who converted (a PURCHASE, or reaching {@code conversionStage}) at or after that.
 */
@ApplicationScoped
@TransactionConfiguration(timeoutFromConfigProperty = "trailmap.analytics.transaction-timeout")
public class ExperimentAnalytics {

    record ExperimentKey(String tenant, UUID journeyId, String stageKey, String conversionStage) implements KeptResults.Key {
    }

    private final Sql sql;
    private final CurrentTenant tenant;
    private final KeptResults kept;

    public ExperimentAnalytics(Sql sql, CurrentTenant tenant, KeptResults kept) {
        this.sql = sql;
        this.tenant = tenant;
        this.kept = kept;
    }

    /** From the progress rollup (kept between calls), or from raw interactions to verify it. */
    @Transactional
    public ExperimentView experiment(Watermark counted, AnalyticsSource source, UUID journeyId, String stageKey, String conversionStage) {
        String owner = tenant.id();
        KeptResults.Result<List<ExperimentStats.VariantCount>> counts = source == AnalyticsSource.RAW
                ? KeptResults.Result.computedAt(counted, rawVariantCounts(owner, journeyId, stageKey, conversionStage))
                : kept.answer(new ExperimentKey(owner, journeyId, stageKey, conversionStage), counted,
                () -> variantCounts(owner, journeyId, stageKey, conversionStage));
        return new ExperimentView(journeyId, stageKey, conversionStage == null ? "PURCHASE" : "stage:" + conversionStage,
                ExperimentStats.compare(counts.value()), counts.dataAsOf());
    }

    /**
     * The same from raw interactions: each customer's first variant at the stage (by time) and first time there,
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
                                   (array_agg(variant ORDER BY occurred_at) FILTER (WHERE variant IS NOT NULL))[1] AS variant
                            FROM interactions WHERE tenant_id = ? AND journey_id = ? AND stage_key = ? GROUP BY customer_id)
                        SELECT f.variant, count(*) AS participants,
                               count(*) FILTER (WHERE EXISTS (SELECT 1 FROM interactions c WHERE c.tenant_id = ? AND c.journey_id = ?
                                   AND c.customer_id = f.customer_id AND %s AND c.occurred_at >= f.first_at)) AS converted
                        FROM firsts f WHERE f.variant IS NOT NULL GROUP BY f.variant""".formatted(converts),
                params, row -> new ExperimentStats.VariantCount(row.getString("variant"), row.getInt("participants"),
                        row.getInt("converted")));
    }

    private List<ExperimentStats.VariantCount> variantCounts(String owner, UUID journeyId, String stageKey, String conversionStage) {
        String converted = conversionStage == null
                ? "cj.last_conversion_at >= p.first_reached_at"
                : "EXISTS (SELECT 1 FROM customer_stage_progress x WHERE x.tenant_id = p.tenant_id AND x.journey_id = p.journey_id"
                + " AND x.customer_id = p.customer_id AND x.stage_key = ? AND x.last_reached_at >= p.first_reached_at)";
        List<Object> params = new ArrayList<>();
        if (conversionStage != null) {
            params.add(conversionStage);
        }
        params.addAll(List.of(owner, journeyId, stageKey));
        return sql.list("""
                        SELECT p.variant, count(*) AS participants, count(*) FILTER (WHERE %s) AS converted
                        FROM customer_stage_progress p
                        LEFT JOIN customer_journeys cj ON cj.tenant_id = p.tenant_id AND cj.journey_id = p.journey_id
                             AND cj.customer_id = p.customer_id
                        WHERE p.tenant_id = ? AND p.journey_id = ? AND p.stage_key = ? AND p.variant IS NOT NULL
                        GROUP BY p.variant""".formatted(converted),
                params, row -> new ExperimentStats.VariantCount(row.getString("variant"), row.getInt("participants"),
                        row.getInt("converted")));
    }
}
