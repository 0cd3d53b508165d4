package io.trailmap.touchpoint.service.analytics;

import io.trailmap.common.security.CurrentTenant;
import io.trailmap.touchpoint.analytics.ExperimentStats;
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

    @Transactional
    public ExperimentView experiment(Watermark counted, UUID journeyId, String stageKey, String conversionStage) {
        String owner = tenant.id();
        KeptResults.Result<List<ExperimentStats.VariantCount>> counts = kept.answer(
                new ExperimentKey(owner, journeyId, stageKey, conversionStage), counted,
                () -> variantCounts(owner, journeyId, stageKey, conversionStage));
        return new ExperimentView(journeyId, stageKey, conversionStage == null ? "PURCHASE" : "stage:" + conversionStage,
                ExperimentStats.compare(counts.value()), counts.dataAsOf());
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
