package io.trailmap.touchpoint.rest;

import io.trailmap.common.http.QueryParams;
import io.trailmap.common.paging.PageRequest;
import io.trailmap.common.security.Roles;
import io.trailmap.touchpoint.analytics.AttributionModel;
import io.trailmap.touchpoint.api.AttributionView;
import io.trailmap.touchpoint.api.DropOffView;
import io.trailmap.touchpoint.api.ExperimentView;
import io.trailmap.touchpoint.api.FreshnessView;
import io.trailmap.touchpoint.api.FunnelView;
import io.trailmap.touchpoint.api.FunnelsView;
import io.trailmap.touchpoint.api.PathsView;
import io.trailmap.touchpoint.api.TouchpointMetricsList;
import io.trailmap.touchpoint.api.TouchpointMetricsView;
import io.trailmap.touchpoint.ingest.IngestWatermark.Watermark;
import io.trailmap.touchpoint.analytics.TimeRange;
import io.trailmap.touchpoint.api.AnalyticsSource;
import io.trailmap.touchpoint.api.FunnelsRequest;
import io.trailmap.touchpoint.api.MetricsRequest;
import io.trailmap.touchpoint.service.Freshness;
import io.trailmap.touchpoint.service.analytics.AttributionAnalytics;
import io.trailmap.touchpoint.service.analytics.DropOffAnalytics;
import io.trailmap.touchpoint.service.analytics.ExperimentAnalytics;
import io.trailmap.touchpoint.service.analytics.FunnelAnalytics;
import io.trailmap.touchpoint.service.analytics.PathAnalytics;
import io.trailmap.touchpoint.service.analytics.TouchpointMetricsAnalytics;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Path("/analytics")
@RolesAllowed(Roles.VIEWER)
@Tag(name = "Analytics", description = "Funnels, drop-offs, attribution, paths, touchpoint metrics and A/B experiments")
public class AnalyticsResource {

    private static final Duration DEFAULT_WINDOW = Duration.ofDays(30);
    private static final Duration DEFAULT_HALF_LIFE = Duration.ofDays(7);

    private final FunnelAnalytics funnels;
    private final DropOffAnalytics dropOffs;
    private final AttributionAnalytics attribution;
    private final PathAnalytics paths;
    private final TouchpointMetricsAnalytics touchpointMetrics;
    private final ExperimentAnalytics experiments;
    private final Freshness freshness;
    private final SecurityIdentity caller;

    public AnalyticsResource(FunnelAnalytics funnels, DropOffAnalytics dropOffs, AttributionAnalytics attribution, PathAnalytics paths,
                             TouchpointMetricsAnalytics touchpointMetrics, ExperimentAnalytics experiments, Freshness freshness,
                             SecurityIdentity caller) {
        this.funnels = funnels;
        this.dropOffs = dropOffs;
        this.attribution = attribution;
        this.paths = paths;
        this.touchpointMetrics = touchpointMetrics;
        this.experiments = experiments;
        this.freshness = freshness;
        this.caller = caller;
    }

    @GET
    @Path("freshness")
    @Operation(summary = "How far analytics have counted", description = "`dataAsOf`: every event acknowledged before it is"
            + " counted by every analytics answer; `oldestPendingAt`: the oldest acknowledged event not counted yet (null when"
            + " none); `maxLag`: the published bound of the lag (ingestion answers 429 before it is passed). With"
            + " `minDataAsOf` it waits as the analytics calls do.")
    public FreshnessView freshness(@QueryParam("minDataAsOf") String minDataAsOf) {
        return FreshnessView.of(freshness.await(minDataAsOf), freshness.maxLag());
    }

    @GET
    @Path("funnel")
    @Operation(summary = "Funnel", description = "Per stage (in the order of `stages`): customers who reached the first stage in [from, to)"
            + " and then every stage up to this one in order, each first reach no earlier than the previous, all within `window`"
            + " (ISO-8601, default P30D) of their first stage. `variant` keeps customers who saw that A/B variant."
            + " Reads the per-customer progress kept by ingestion; `source=RAW` (admin only, slow) recomputes from raw"
            + " interactions to verify it.")
    public FunnelView funnel(@QueryParam("journeyId") String journeyId, @QueryParam("stages") String stages,
                             @QueryParam("from") String from, @QueryParam("to") String to,
                             @QueryParam("window") String window, @QueryParam("variant") String variant,
                             @QueryParam("source") String source, @QueryParam("minDataAsOf") String minDataAsOf) {
        TimeRange range = AnalyticsParams.range(from, to);
        AnalyticsSource chosen = source(source);
        return funnels.funnel(freshness.await(minDataAsOf), chosen, AnalyticsParams.journeyId(journeyId),
                AnalyticsParams.stages(stages), AnalyticsParams.duration("window", window, DEFAULT_WINDOW), range,
                variant == null || variant.isBlank() ? null : variant.strip());
    }

    @POST
    @Path("funnels")
    @Operation(summary = "Many funnels", description = "Body {funnels: [{journeyId, stages: [...]}], window?, from?, to?} →"
            + " {funnels: [...]} in the same order, each as GET /analytics/funnel answers it.")
    @APIResponse(responseCode = "200", description = "One funnel per requested funnel, in the same order",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FunnelsView.class)))
    public FunnelsView funnels(@Valid @NotNull FunnelsRequest body, @QueryParam("minDataAsOf") String minDataAsOf) {
        Duration window = AnalyticsParams.duration("window", body.window(), DEFAULT_WINDOW);
        TimeRange range = AnalyticsParams.range(body.from(), body.to());
        Watermark counted = freshness.await(minDataAsOf);
        List<FunnelView> answers = body.funnels().stream()
                .map(f -> funnels.funnel(counted, AnalyticsSource.ROLLUP, f.journeyId(),
                        AnalyticsParams.stages(String.join(",", f.stages())), window, range, null))
                .toList();
        // kept funnels may count up to different instants: the whole answer claims no more than the oldest of them
        return new FunnelsView(answers, answers.stream().map(FunnelView::dataAsOf).min(Instant::compareTo).orElse(counted.dataAsOf()));
    }

    @GET
    @Path("dropoffs")
    @Operation(summary = "Drop-off ranking", description = "In [from, to): stage transitions ranked by customers lost; the top"
            + " `limit` (default 10, at most 500) touchpoints where customers who did not convert (no PURCHASE in the range) were"
            + " last seen, each with its share of all of them (`nonConvertingCustomers`; `touchpointsTotal` and"
            + " `touchpointsTruncated` say what the list leaves out); and cart abandonment (a customer's last"
            + " ADD_TO_CART/CHECKOUT_STARTED in the range with no PURCHASE after it before `to`). Reads the progress and the"
            + " touches kept per customer by ingestion; `source=RAW` (admin only, slow) recomputes from raw interactions.")
    public DropOffView dropOffs(@QueryParam("journeyId") String journeyId, @QueryParam("stages") String stages,
                                @QueryParam("from") String from, @QueryParam("to") String to,
                                @QueryParam("window") String window, @QueryParam("limit") String limit,
                                @QueryParam("source") String source, @QueryParam("minDataAsOf") String minDataAsOf) {
        TimeRange range = AnalyticsParams.range(from, to);
        AnalyticsSource counting = source(source);
        Integer top = QueryParams.integer("limit", limit, 1, PageRequest.MAX_LIMIT);
        UUID journey = AnalyticsParams.journeyId(journeyId);
        return dropOffs.dropOffs(freshness.await(minDataAsOf), counting, journey, AnalyticsParams.stages(stages),
                AnalyticsParams.duration("window", window, DEFAULT_WINDOW), range, top == null ? 10 : top);
    }

    @GET
    @Path("attribution")
    @Operation(summary = "Attribution", description = "Credit of conversions (PURCHASE, or first reach of `conversionStage`) per touchpoint"
            + " and channel. Touches counted: the customer's interactions in the journey within `lookback` (default P30D) before"
            + " the conversion, after their previous conversion, up to and including the converting one. Models FIRST_TOUCH,"
            + " LAST_TOUCH, LINEAR (default), TIME_DECAY (`halfLife`, default P7D), POSITION_BASED (40/20/40) and MARKOV"
            + " (removal effect). Credits sum to the number of conversions. Reads the touches kept per customer by ingestion;"
            + " `source=RAW` (admin only, slow) recomputes from raw interactions to verify it.")
    public AttributionView attribution(@QueryParam("journeyId") String journeyId, @QueryParam("model") String model,
                                       @QueryParam("lookback") String lookback, @QueryParam("halfLife") String halfLife,
                                       @QueryParam("conversionStage") String conversionStage,
                                       @QueryParam("from") String from, @QueryParam("to") String to,
                                       @QueryParam("source") String source, @QueryParam("minDataAsOf") String minDataAsOf) {
        TimeRange range = AnalyticsParams.range(from, to);
        AnalyticsSource counting = source(source);
        AttributionModel chosen = QueryParams.enumValue(AttributionModel.class, "model", model);
        UUID journey = AnalyticsParams.journeyId(journeyId);
        Duration lookbackWindow = AnalyticsParams.duration("lookback", lookback, DEFAULT_WINDOW);
        Duration decay = AnalyticsParams.duration("halfLife", halfLife, DEFAULT_HALF_LIFE);
        String conversion = AnalyticsParams.stageKey("conversionStage", conversionStage, false);
        return attribution.attribution(freshness.await(minDataAsOf), counting, journey, chosen == null ? AttributionModel.LINEAR : chosen,
                lookbackWindow, decay, conversion, range);
    }

    @GET
    @Path("paths")
    @Operation(summary = "Most common paths", description = "Touchpoint sequences (consecutive repeats once, at most the last 6 touches)"
            + " of customers who CONVERTED (up to their first PURCHASE) or ABANDONED (never purchased): the top `limit` (default"
            + " 10, at most 100), each with its share of those customers; `distinctPaths` and `truncated` say what the list leaves out."
            + " Reads the touches kept per customer by ingestion; `source=RAW` (admin only, slow) recomputes from raw interactions.")
    public PathsView paths(@QueryParam("journeyId") String journeyId, @QueryParam("outcome") String outcome,
                           @QueryParam("limit") String limit, @QueryParam("from") String from, @QueryParam("to") String to,
                           @QueryParam("source") String source, @QueryParam("minDataAsOf") String minDataAsOf) {
        TimeRange range = AnalyticsParams.range(from, to);
        AnalyticsSource counting = source(source);
        Outcome chosen = QueryParams.enumValue(Outcome.class, "outcome", outcome);
        Integer top = QueryParams.integer("limit", limit, 1, 100);
        UUID journey = AnalyticsParams.journeyId(journeyId);
        return paths.paths(freshness.await(minDataAsOf), counting, journey, chosen != Outcome.ABANDONED, top == null ? 10 : top, range);
    }

    @GET
    @Path("touchpoints/{id}")
    @Operation(summary = "Touchpoint metrics", description = "Reach (distinct customers), interactions, customers who converted"
            + " at or after touching it, and the daily trend (UTC days) in [from, to). Reads the touches kept per customer by"
            + " ingestion; `source=RAW` (admin only, slow) recomputes from raw interactions.")
    @APIResponse(responseCode = "200", description = "The touchpoint's metrics")
    @APIResponse(responseCode = "404", description = "No touchpoint with this id in your tenant")
    public TouchpointMetricsView touchpoint(@PathParam("id") String id, @QueryParam("from") String from,
                                            @QueryParam("to") String to, @QueryParam("source") String source,
                                            @QueryParam("minDataAsOf") String minDataAsOf) {
        TimeRange range = AnalyticsParams.range(from, to);
        UUID touchpoint = QueryParams.pathId("id", id);
        AnalyticsSource counting = source(source);
        return touchpointMetrics.touchpoint(freshness.await(minDataAsOf), counting, touchpoint, range);
    }

    @POST
    @Path("touchpoints")
    @Operation(summary = "Metrics of many touchpoints", description = "Body {touchpointIds: [...] (at most 500), from?, to?} →"
            + " {metrics: [...]} in the same order; null for ids not in your catalogue. `source=RAW` as for one touchpoint.")
    public TouchpointMetricsList touchpointsMetrics(
            @Valid @NotNull MetricsRequest body, @QueryParam("source") String source, @QueryParam("minDataAsOf") String minDataAsOf) {
        TimeRange range = AnalyticsParams.range(body.from(), body.to());
        AnalyticsSource counting = source(source);
        return touchpointMetrics.touchpoints(freshness.await(minDataAsOf), counting, body.touchpointIds(), range);
    }

    @GET
    @Path("experiments")
    @Operation(summary = "A/B experiment", description = "Customers who reached `stageKey` with a variant; conversion = a PURCHASE"
            + " (or reaching `conversionStage`) at or after that. Lift and two-sided two-proportion z-test p-value against"
            + " the control (variant 'control', else 'A', else the first by name). Reads the progress kept by ingestion;"
            + " `source=RAW` (admin only, slow) recomputes from raw interactions.")
    public ExperimentView experiments(@QueryParam("journeyId") String journeyId, @QueryParam("stageKey") String stageKey,
                                      @QueryParam("conversionStage") String conversionStage, @QueryParam("source") String source,
                                      @QueryParam("minDataAsOf") String minDataAsOf) {
        AnalyticsSource counting = source(source);
        UUID journey = AnalyticsParams.journeyId(journeyId);
        String stage = AnalyticsParams.stageKey("stageKey", stageKey, true);
        String conversion = AnalyticsParams.stageKey("conversionStage", conversionStage, false);
        return experiments.experiment(freshness.await(minDataAsOf), counting, journey, stage, conversion);
    }

    /** {@code source=RAW} (admin only) recomputes from raw interactions to verify what is served; default ROLLUP. */
    private AnalyticsSource source(String raw) {
        AnalyticsSource chosen = QueryParams.enumValue(AnalyticsSource.class, "source", raw);
        if (chosen == AnalyticsSource.RAW && !caller.hasRole(Roles.ADMIN)) {
            throw new ForbiddenException("source=RAW needs the admin role");
        }
        return chosen == null ? AnalyticsSource.ROLLUP : chosen;
    }

    enum Outcome { CONVERTED, ABANDONED }
}
