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

    record LastTouchesKey(String tenant, UUID journeyId, TimeRange range, int limit) implements KeptResults.Key {
    }

    /** What drop-offs read besides the funnel. */
    record LastTouchesAndCarts(List<DropOffQueries.LastTouches> lastTouches, DropOffQueries.Carts carts) {
    }

    private final Sql sql;
    private final CurrentTenant tenant;
    private final FunnelAnalytics funnels;
    private final KeptResults kept;

    public DropOffAnalytics(Sql sql, CurrentTenant tenant, FunnelAnalytics funnels, KeptResults kept) {
        this.sql = sql;
        this.tenant = tenant;
        this.funnels = funnels;
        this.kept = kept;
    }

    @Transactional
    public DropOffView dropOffs(Watermark counted, UUID journeyId, List<String> stages, Duration window, TimeRange range, int limit) {
        KeptResults.Result<List<FunnelStep>> funnel = funnels.steps(counted, AnalyticsSource.ROLLUP, journeyId, stages, window, range, null);
        String owner = tenant.id();
        KeptResults.Result<LastTouchesAndCarts> read = kept.answer(new LastTouchesKey(owner, journeyId, range, limit), counted,
                () -> new LastTouchesAndCarts(DropOffQueries.lastTouches(sql, owner, journeyId, range, limit),
                        DropOffQueries.carts(sql, owner, journeyId, range)));
        List<DropOffQueries.LastTouches> last = read.value().lastTouches();
        long nonConverting = last.isEmpty() ? 0 : last.getFirst().nonConvertingCustomers();
        int total = last.isEmpty() ? 0 : last.getFirst().groups();
        Map<UUID, String> names = Catalogue.names(last.stream().map(DropOffQueries.LastTouches::touchpointId).toList());
        List<DropOffView.LastTouch> touchpoints = last.stream().map(r -> new DropOffView.LastTouch(r.touchpointId(),
                names.get(r.touchpointId()), r.stageKey(), r.customers(), (double) r.customers() / nonConverting)).toList();
        DropOffQueries.Carts carts = read.value().carts();
        DropOffView.CartAbandonment cart = new DropOffView.CartAbandonment(carts.carts(), carts.abandoned(),
                carts.carts() == 0 ? null : (double) carts.abandoned() / carts.carts());
        // its two parts may be kept results counting up to different instants: the answer claims no more than the older
        Instant dataAsOf = funnel.dataAsOf().isBefore(read.dataAsOf()) ? funnel.dataAsOf() : read.dataAsOf();
        return new DropOffView(journeyId, stageDrops(funnel.value()), touchpoints, nonConverting, total, total > touchpoints.size(),
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
