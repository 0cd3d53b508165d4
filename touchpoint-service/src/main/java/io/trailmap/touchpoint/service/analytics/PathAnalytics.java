package io.trailmap.touchpoint.service.analytics;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import io.trailmap.common.security.CurrentTenant;
import io.trailmap.touchpoint.analytics.ConversionFinder;
import io.trailmap.touchpoint.analytics.CustomerPath;
import io.trailmap.touchpoint.analytics.PathCounter;
import io.trailmap.touchpoint.analytics.TimeRange;
import io.trailmap.touchpoint.analytics.Touch;
import io.trailmap.touchpoint.api.AnalyticsSource;
import io.trailmap.touchpoint.api.PathsView;
import io.trailmap.touchpoint.ingest.IngestWatermark.Watermark;
import io.trailmap.touchpoint.service.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The most common touchpoint sequences of customers who converted, or who abandoned. */
@ApplicationScoped
@TransactionConfiguration(timeoutFromConfigProperty = "trailmap.analytics.transaction-timeout")
public class PathAnalytics {

    /** Longest touchpoint sequence shown (the touches nearest the outcome). */
    static final int MAX_PATH_LENGTH = 6;

    record PathsKey(String tenant, UUID journeyId, boolean converted, int limit, TimeRange range) implements JourneyPass.Key {

        @Override
        public JourneyFold<RankedPaths> fold() {
            PathCounter.Paths paths = new PathCounter.Paths(MAX_PATH_LENGTH);
            return JourneyFold.of(range, events -> {
                CustomerPath path = ConversionFinder.path(events);
                if (path.converted() == converted) {
                    paths.add(path.touches().stream().map(Touch::touchpointId).toList());
                }
            }, events -> {
                CustomerPath path = ConversionFinder.path(events);
                if (path.converted() == converted) {
                    paths.remove(path.touches().stream().map(Touch::touchpointId).toList());
                }
            }, () -> new RankedPaths(paths.sequences(), paths.top(limit)));
        }
    }

    /** The ranking and how many customers it ranks. */
    record RankedPaths(int customers, PathCounter.Ranking ranking) {
    }

    private final Sql sql;
    private final CurrentTenant tenant;
    private final KeptResults kept;
    private final KeptFolds folds;

    public PathAnalytics(Sql sql, CurrentTenant tenant, KeptResults kept, KeptFolds folds) {
        this.sql = sql;
        this.tenant = tenant;
        this.kept = kept;
        this.folds = folds;
    }

    /** From the touches kept per customer (kept between calls), or from raw interactions to verify them. */
    @Transactional
    public PathsView paths(Watermark counted, AnalyticsSource source, UUID journeyId, boolean converted, int limit, TimeRange range) {
        PathsKey key = new PathsKey(tenant.id(), journeyId, converted, limit, range);
        KeptResults.Result<RankedPaths> result = source == AnalyticsSource.RAW
                ? KeptResults.Result.computedAt(counted, JourneyPass.computed(sql, source, key))
                : JourneyPass.kept(kept, folds, sql, key, counted);
        PathCounter.Ranking ranking = result.value().ranking();
        Map<UUID, String> names = Catalogue.names(ranking.top().stream().flatMap(p -> p.touchpoints().stream()).distinct().toList());
        return new PathsView(journeyId, converted ? "CONVERTED" : "ABANDONED", result.value().customers(), ranking.top().stream()
                .map(p -> new PathsView.Path(p.touchpoints(), p.touchpoints().stream().map(names::get).toList(),
                        p.customers(), p.share()))
                .toList(), ranking.distinct(), ranking.distinct() > ranking.top().size(), result.dataAsOf());
    }
}
