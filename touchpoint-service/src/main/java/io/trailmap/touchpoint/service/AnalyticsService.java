package io.trailmap.touchpoint.service;

import io.trailmap.common.postgres.TenantOwnedEntity;
import io.trailmap.common.security.CurrentTenant;
import io.trailmap.touchpoint.analytics.AttributionCalculator;
import io.trailmap.touchpoint.analytics.AttributionModel;
import io.trailmap.touchpoint.analytics.Conversion;
import io.trailmap.touchpoint.analytics.ConversionFinder;
import io.trailmap.touchpoint.analytics.Credits;
import io.trailmap.touchpoint.analytics.CustomerPath;
import io.trailmap.touchpoint.analytics.ExperimentStats;
import io.trailmap.touchpoint.analytics.FunnelCalculator;
import io.trailmap.touchpoint.analytics.FunnelStep;
import io.trailmap.touchpoint.analytics.MarkovAttribution;
import io.trailmap.touchpoint.analytics.PathCounter;
import io.trailmap.touchpoint.analytics.Touch;
import io.trailmap.touchpoint.api.AttributionView;
import io.trailmap.touchpoint.api.DropOffView;
import io.trailmap.touchpoint.api.ExperimentView;
import io.trailmap.touchpoint.api.FunnelView;
import io.trailmap.touchpoint.api.PathsView;
import io.trailmap.touchpoint.api.TouchpointMetricsView;
import io.trailmap.touchpoint.domain.TouchpointEntity;
import io.trailmap.touchpoint.ingest.IngestWatermark.Watermark;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Journey analytics over the rollups kept by ingestion and indexed reads of interactions. */
@ApplicationScoped
public class AnalyticsService {

    /** Longest touchpoint sequence shown by /analytics/paths (the touches nearest the outcome). */
    static final int MAX_PATH_LENGTH = 6;

    private final Sql sql;
    private final CurrentTenant tenant;
    private final Timer funnelTimer;
    private final FunnelResults funnels;

    /** What a funnel's result depends on besides the data: the tenant and the request. */
    private record FunnelKey(String tenant, UUID journeyId, List<String> stages, Duration window, Instant from, Instant to,
                             String variant) {
    }

    public AnalyticsService(Sql sql, CurrentTenant tenant, MeterRegistry registry, FunnelResults funnels) {
        this.sql = sql;
        this.tenant = tenant;
        this.funnels = funnels;
        this.funnelTimer = Timer.builder("trailmap.funnel.query").description("Time to compute a funnel")
                .publishPercentileHistogram().register(registry);
    }

    /**
     * The funnel from the rollup (normal) or from raw interactions (verification): the two must agree.
     * Rollup funnels are kept between calls ({@link FunnelResults}): dashboards ask the same funnel again
     * and again, also while ingestion changes the rollups.
     */
    @Transactional
    public FunnelView funnel(Watermark counted, StageTimes.Source source, UUID journeyId, List<String> stages, Duration window,
                             Instant from, Instant to, String variant) {
        String owner = tenant.id();
        if (source == StageTimes.Source.RAW) {
            return new FunnelView(journeyId, window.toString(), from, to, variant,
                    computeSteps(owner, source, journeyId, stages, window, from, to, variant), counted.dataAsOf());
        }
        FunnelKey key = new FunnelKey(owner, journeyId, List.copyOf(stages), window, from, to, variant);
        FunnelResults.Result result = funnels.answer(key, counted,
                () -> computeSteps(owner, source, journeyId, stages, window, from, to, variant));
        return new FunnelView(journeyId, window.toString(), from, to, variant, result.steps(), result.dataAsOf());
    }

    private List<FunnelStep> computeSteps(String owner, StageTimes.Source source, UUID journeyId, List<String> stages,
                                          Duration window, Instant from, Instant to, String variant) {
        return funnelTimer.record(() -> funnelSteps(owner, source, journeyId, stages, window, from, to, variant));
    }

    List<FunnelStep> funnelSteps(String owner, StageTimes.Source source, UUID journeyId, List<String> stages, Duration window,
                                 Instant from, Instant to, String variant) {
        if (source == StageTimes.Source.ROLLUP) {
            return RollupFunnel.steps(sql, owner, journeyId, stages, window, from, to, variant);
        }
        List<Instant[]> customers = StageTimes.readRaw(sql, owner, journeyId, stages, variant, from, to);
        return FunnelCalculator.compute(stages, customers, window, from, to);
    }

    /**
     * Drop-offs in {@code [from, to)}: stage transitions of the funnel; where the customers who did not
     * convert in the range (interactions in it, no PURCHASE) were last seen in it — the top {@code limit}
     * with the total, each share of all of them; and carts (the last ADD_TO_CART/CHECKOUT_STARTED in the
     * range) not followed by a PURCHASE before {@code to}.
     */
    @Transactional
    public DropOffView dropOffs(Watermark counted, UUID journeyId, List<String> stages, Duration window, Instant from, Instant to, int limit) {
        List<FunnelStep> steps = funnelSteps(tenant.id(), StageTimes.Source.ROLLUP, journeyId, stages, window, from, to, null);
        List<DropOffView.StageDrop> drops = new ArrayList<>();
        for (int k = 1; k < steps.size(); k++) {
            FunnelStep previous = steps.get(k - 1);
            drops.add(new DropOffView.StageDrop(previous.stageKey(), steps.get(k).stageKey(), steps.get(k).dropOff(),
                    previous.customers() == 0 ? null : (double) steps.get(k).dropOff() / previous.customers()));
        }
        drops.sort(Comparator.comparingInt(DropOffView.StageDrop::dropOff).reversed());
        String t = tenant.id();
        record LastTouchRow(UUID touchpointId, String stageKey, long customers, long nonConverting, int rows) {
        }
        // the window functions count every group before LIMIT keeps the top ones
        List<LastTouchRow> last = sql.list("""
                        WITH in_range AS (
                            SELECT customer_id, touchpoint_id, stage_key, type, occurred_at, event_id FROM interactions
                            WHERE tenant_id = ? AND journey_id = ? AND occurred_at >= ? AND occurred_at < ?),
                        last_touch AS (
                            SELECT DISTINCT ON (customer_id) customer_id, touchpoint_id, stage_key FROM in_range
                            WHERE customer_id NOT IN (SELECT customer_id FROM in_range WHERE type = 'PURCHASE')
                            ORDER BY customer_id, occurred_at DESC, event_id DESC)
                        SELECT touchpoint_id, stage_key, count(*) AS customers,
                               sum(count(*)) OVER () AS non_converting, count(*) OVER () AS touches
                        FROM last_touch GROUP BY touchpoint_id, stage_key
                        ORDER BY customers DESC, touchpoint_id, stage_key LIMIT ?""",
                List.of(t, journeyId, lower(from), upper(to), limit), row -> new LastTouchRow(row.getObject("touchpoint_id", UUID.class),
                        row.getString("stage_key"), row.getLong("customers"), row.getLong("non_converting"), row.getInt("touches")));
        long nonConverting = last.isEmpty() ? 0 : last.getFirst().nonConverting();
        int total = last.isEmpty() ? 0 : last.getFirst().rows();
        Map<UUID, String> names = names(last.stream().map(LastTouchRow::touchpointId).toList());
        List<DropOffView.LastTouch> touchpoints = last.stream().map(r -> new DropOffView.LastTouch(r.touchpointId(),
                names.get(r.touchpointId()), r.stageKey(), r.customers(), (double) r.customers() / nonConverting)).toList();
        DropOffView.CartAbandonment cart = sql.list("""
                        SELECT count(*) AS carts,
                               count(*) FILTER (WHERE NOT EXISTS (
                                   SELECT 1 FROM interactions p WHERE p.tenant_id = ? AND p.customer_id = c.customer_id
                                   AND p.journey_id = ? AND p.type = 'PURCHASE' AND p.occurred_at >= c.cart_at AND p.occurred_at < ?)) AS abandoned
                        FROM (SELECT customer_id, max(occurred_at) AS cart_at FROM interactions
                              WHERE tenant_id = ? AND journey_id = ? AND type IN ('ADD_TO_CART', 'CHECKOUT_STARTED')
                                AND occurred_at >= ? AND occurred_at < ?
                              GROUP BY customer_id) c""",
                List.of(t, journeyId, upper(to), t, journeyId, lower(from), upper(to)),
                row -> new DropOffView.CartAbandonment(row.getLong("carts"), row.getLong("abandoned"),
                        row.getLong("carts") == 0 ? null : (double) row.getLong("abandoned") / row.getLong("carts")))
                .getFirst();
        return new DropOffView(journeyId, drops, touchpoints, nonConverting, total, total > touchpoints.size(), cart, counted.dataAsOf());
    }

    @Transactional
    public AttributionView attribution(Watermark counted, UUID journeyId, AttributionModel model, Duration lookback, Duration halfLife,
                                       String conversionStage, Instant from, Instant to) {
        Credits credits = model == AttributionModel.MARKOV
                ? MarkovAttribution.compute(paths(journeyId, from, to))
                : AttributionCalculator.ruleBased(model, conversions(journeyId, conversionStage, lookback, from, to), halfLife);
        Map<UUID, TouchpointEntity> catalogue = catalogue(credits.byTouchpoint().keySet());
        int conversions = credits.conversions();
        List<AttributionView.TouchpointCredit> byTouchpoint = credits.byTouchpoint().entrySet().stream()
                .map(e -> new AttributionView.TouchpointCredit(e.getKey(), nameOf(catalogue, e.getKey()),
                        catalogue.containsKey(e.getKey()) ? catalogue.get(e.getKey()).channel.name() : null,
                        e.getValue(), conversions == 0 ? 0 : e.getValue() / conversions))
                .sorted(Comparator.comparingDouble(AttributionView.TouchpointCredit::credit).reversed()
                        .thenComparing(c -> c.touchpointId().toString()))
                .toList();
        List<AttributionView.ChannelCredit> byChannel = credits.byChannel().entrySet().stream()
                .map(e -> new AttributionView.ChannelCredit(e.getKey(), e.getValue(), conversions == 0 ? 0 : e.getValue() / conversions))
                .sorted(Comparator.comparingDouble(AttributionView.ChannelCredit::credit).reversed()
                        .thenComparing(AttributionView.ChannelCredit::channel))
                .toList();
        return new AttributionView(journeyId, model, lookback.toString(), model == AttributionModel.TIME_DECAY ? halfLife.toString() : null,
                conversionStage, conversions, byTouchpoint, byChannel, counted.dataAsOf());
    }

    @Transactional
    public PathsView paths(Watermark counted, UUID journeyId, boolean converted, int limit, Instant from, Instant to) {
        List<List<UUID>> sequences = paths(journeyId, from, to).stream()
                .filter(p -> p.converted() == converted)
                .map(p -> p.touches().stream().map(Touch::touchpointId).toList())
                .toList();
        PathCounter.Ranking ranking = PathCounter.top(sequences, MAX_PATH_LENGTH, limit);
        Map<UUID, String> names = names(ranking.top().stream().flatMap(p -> p.touchpoints().stream()).distinct().toList());
        return new PathsView(journeyId, converted ? "CONVERTED" : "ABANDONED", sequences.size(), ranking.top().stream()
                .map(p -> new PathsView.Path(p.touchpoints(), p.touchpoints().stream().map(names::get).toList(),
                        p.customers(), p.share()))
                .toList(), ranking.distinct(), ranking.distinct() > ranking.top().size(), counted.dataAsOf());
    }

    /** Metrics per id, in order; null for ids that are not in the caller's catalogue. */
    @Transactional
    public List<TouchpointMetricsView> touchpointsMetrics(Watermark counted, List<UUID> ids, Instant from, Instant to) {
        Map<UUID, TouchpointEntity> known = catalogue(ids);
        return ids.stream().map(id -> known.containsKey(id) ? metrics(counted, id, from, to) : null).toList();
    }

    @Transactional
    public TouchpointMetricsView touchpointMetrics(Watermark counted, UUID touchpointId, Instant from, Instant to) {
        TenantOwnedEntity.requireOwned(TouchpointEntity.<TouchpointEntity>findById(touchpointId), tenant.id(), "touchpoint", touchpointId);
        return metrics(counted, touchpointId, from, to);
    }

    private TouchpointMetricsView metrics(Watermark counted, UUID touchpointId, Instant from, Instant to) {
        List<Object> params = List.of(tenant.id(), touchpointId, lower(from), upper(to));
        String range = "tenant_id = ? AND touchpoint_id = ? AND occurred_at >= ? AND occurred_at < ?";
        long[] totals = sql.list("SELECT count(*) AS n, count(DISTINCT customer_id) AS reach FROM interactions WHERE " + range,
                params, row -> new long[]{row.getLong("n"), row.getLong("reach")}).getFirst();
        long conversions = sql.list("""
                        SELECT count(DISTINCT i.customer_id) AS converted FROM interactions i
                        JOIN customer_journeys cj ON cj.tenant_id = i.tenant_id AND cj.journey_id = i.journey_id
                             AND cj.customer_id = i.customer_id AND cj.last_conversion_at >= i.occurred_at
                        WHERE i.tenant_id = ? AND i.touchpoint_id = ? AND i.occurred_at >= ? AND i.occurred_at < ?""",
                params, row -> row.getLong("converted")).getFirst();
        List<TouchpointMetricsView.Day> trend = sql.list("""
                        SELECT (occurred_at AT TIME ZONE 'UTC')::date AS day, count(*) AS n, count(DISTINCT customer_id) AS customers
                        FROM interactions WHERE
                        """ + " " + range + " GROUP BY 1 ORDER BY 1",
                params, row -> new TouchpointMetricsView.Day(row.getObject("day", java.time.LocalDate.class),
                        row.getLong("n"), row.getLong("customers")));
        return new TouchpointMetricsView(touchpointId, from, to, totals[1], totals[0], conversions,
                totals[1] == 0 ? null : (double) conversions / totals[1], trend, counted.dataAsOf());
    }

    @Transactional
    public ExperimentView experiments(Watermark counted, UUID journeyId, String stageKey, String conversionStage) {
        String t = tenant.id();
        String converted = conversionStage == null
                ? "cj.last_conversion_at >= p.first_reached_at"
                : "EXISTS (SELECT 1 FROM customer_stage_progress x WHERE x.tenant_id = p.tenant_id AND x.journey_id = p.journey_id"
                + " AND x.customer_id = p.customer_id AND x.stage_key = ? AND x.last_reached_at >= p.first_reached_at)";
        List<Object> params = new ArrayList<>();
        if (conversionStage != null) {
            params.add(conversionStage);
        }
        params.addAll(List.of(t, journeyId, stageKey));
        List<ExperimentStats.VariantCount> counts = sql.list("""
                        SELECT p.variant, count(*) AS participants, count(*) FILTER (WHERE %s) AS converted
                        FROM customer_stage_progress p
                        LEFT JOIN customer_journeys cj ON cj.tenant_id = p.tenant_id AND cj.journey_id = p.journey_id
                             AND cj.customer_id = p.customer_id
                        WHERE p.tenant_id = ? AND p.journey_id = ? AND p.stage_key = ? AND p.variant IS NOT NULL
                        GROUP BY p.variant""".formatted(converted),
                params, row -> new ExperimentStats.VariantCount(row.getString("variant"), row.getInt("participants"),
                        row.getInt("converted")));
        return new ExperimentView(journeyId, stageKey, conversionStage == null ? "PURCHASE" : "stage:" + conversionStage,
                ExperimentStats.compare(counts), counted.dataAsOf());
    }

    /** Conversions in [from, to) with their touches; touches may precede {@code from} by up to the lookback. */
    List<Conversion> conversions(UUID journeyId, String conversionStage, Duration lookback, Instant from, Instant to) {
        List<Conversion> conversions = new ArrayList<>();
        JourneyEvents.forEachCustomer(sql, tenant.id(), journeyId, from == null ? null : from.minus(lookback), to,
                events -> conversions.addAll(ConversionFinder.conversions(events, conversionStage, lookback, from, to)));
        return conversions;
    }

    /** Every customer's path in the journey: up to the first PURCHASE when they converted, all of it otherwise. */
    List<CustomerPath> paths(UUID journeyId, Instant from, Instant to) {
        List<CustomerPath> paths = new ArrayList<>();
        JourneyEvents.forEachCustomer(sql, tenant.id(), journeyId, from, to, events -> paths.add(ConversionFinder.path(events)));
        return paths;
    }

    /** The caller's catalogue entries among {@code ids}; ids not (or no longer) in it are absent. */
    private static Map<UUID, TouchpointEntity> catalogue(java.util.Collection<UUID> ids) {
        Map<UUID, TouchpointEntity> found = new HashMap<>();
        if (!ids.isEmpty()) {
            TouchpointEntity.<TouchpointEntity>list("id in ?1", ids).forEach(t -> found.put(t.id, t));
        }
        return found;
    }

    private static Map<UUID, String> names(java.util.Collection<UUID> ids) {
        Map<UUID, String> names = new HashMap<>();
        catalogue(ids).forEach((id, t) -> names.put(id, t.name));
        return names;
    }

    private static String nameOf(Map<UUID, TouchpointEntity> catalogue, UUID id) {
        TouchpointEntity t = catalogue.get(id);
        return t == null ? null : t.name;
    }

    private static Instant lower(Instant from) {
        return from == null ? Instant.parse("0001-01-01T00:00:00Z") : from;
    }

    private static Instant upper(Instant to) {
        return to == null ? Instant.parse("9999-12-31T00:00:00Z") : to;
    }
}
