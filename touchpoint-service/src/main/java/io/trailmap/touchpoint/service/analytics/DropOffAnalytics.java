package io.trailmap.touchpoint.service.analytics;

import io.trailmap.common.security.CurrentTenant;
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
 * {@code limit} with the total, each a share of all of them; and carts not followed by a PURCHASE.
 */
@ApplicationScoped
public class DropOffAnalytics {

    private final Sql sql;
    private final CurrentTenant tenant;
    private final FunnelAnalytics funnels;

    public DropOffAnalytics(Sql sql, CurrentTenant tenant, FunnelAnalytics funnels) {
        this.sql = sql;
        this.tenant = tenant;
        this.funnels = funnels;
    }

    @Transactional
    public DropOffView dropOffs(Watermark counted, UUID journeyId, List<String> stages, Duration window, TimeRange range, int limit) {
        FunnelResults.Result funnel = funnels.steps(counted, AnalyticsSource.ROLLUP, journeyId, stages, window, range, null);
        String owner = tenant.id();
        List<DropOffQueries.LastTouches> last = DropOffQueries.lastTouches(sql, owner, journeyId, range, limit);
        long nonConverting = last.isEmpty() ? 0 : last.getFirst().nonConvertingCustomers();
        int total = last.isEmpty() ? 0 : last.getFirst().groups();
        Map<UUID, String> names = Catalogue.names(last.stream().map(DropOffQueries.LastTouches::touchpointId).toList());
        List<DropOffView.LastTouch> touchpoints = last.stream().map(r -> new DropOffView.LastTouch(r.touchpointId(),
                names.get(r.touchpointId()), r.stageKey(), r.customers(), (double) r.customers() / nonConverting)).toList();
        DropOffQueries.Carts carts = DropOffQueries.carts(sql, owner, journeyId, range);
        DropOffView.CartAbandonment cart = new DropOffView.CartAbandonment(carts.carts(), carts.abandoned(),
                carts.carts() == 0 ? null : (double) carts.abandoned() / carts.carts());
        // the funnel may be a kept result counting up to an earlier instant: the answer claims no more than its oldest part
        Instant dataAsOf = funnel.dataAsOf().isBefore(counted.dataAsOf()) ? funnel.dataAsOf() : counted.dataAsOf();
        return new DropOffView(journeyId, stageDrops(funnel.steps()), touchpoints, nonConverting, total, total > touchpoints.size(),
                cart, dataAsOf);
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
