package io.trailmap.touchpoint.service;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.cache.CaffeineCache;
import io.trailmap.touchpoint.analytics.FunnelStep;
import io.trailmap.touchpoint.ingest.IngestWatermark.Watermark;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * Funnel results kept between calls, so a dashboard open during live ingestion is answered at once.
 * A result computed at one version of the tenant's rollups is exact for every later watermark of the
 * same version. Once the rollups have moved on, the last result is still answered — with the
 * {@code dataAsOf} it was computed at, never a later one — while one refresh per funnel runs in the
 * background, as long as it is at most {@code trailmap.analytics.max-stale} old, nothing was erased
 * since (the epoch) and the caller's {@code minDataAsOf} does not ask for more; otherwise the call
 * computes and waits.
 */
@ApplicationScoped
public class FunnelResults {

    private static final Logger LOG = Logger.getLogger(FunnelResults.class);

    /** A funnel as computed: its steps and the watermark they count up to. */
    public record Result(List<FunnelStep> steps, Instant dataAsOf, long version, long epoch) {
    }

    private final CaffeineCache results;
    private final Duration maxStale;
    private final Map<Object, CompletableFuture<Result>> refreshing = new ConcurrentHashMap<>();
    private final ExecutorService refresher = Executors.newFixedThreadPool(2, Thread.ofPlatform().name("funnel-refresh-", 0)
            .daemon().factory());

    public FunnelResults(@CacheName("funnels") Cache results,
                         @ConfigProperty(name = "trailmap.analytics.max-stale", defaultValue = "PT10S") Duration maxStale) {
        this.results = results.as(CaffeineCache.class);
        this.maxStale = maxStale;
    }

    /**
     * The funnel for {@code key} (everything it depends on but the data) at {@code counted}, computing it
     * with {@code compute} when no kept result may answer.
     */
    public Result answer(Object key, Watermark counted, Supplier<List<FunnelStep>> compute) {
        Result kept = kept(key);
        if (kept != null && kept.version() == counted.version()) {
            return new Result(kept.steps(), counted.dataAsOf(), kept.version(), kept.epoch());   // nothing counted since: exact now
        }
        if (kept != null && answersFor(kept, counted)) {
            refreshing.computeIfAbsent(key, k -> CompletableFuture.supplyAsync(() -> compute(k, counted, compute), refresher)
                    .whenComplete((result, failure) -> {
                        refreshing.remove(k);
                        if (failure != null) {
                            LOG.warnf(failure, "background refresh of a funnel failed; the next call computes it");
                        }
                    }));
            return kept;
        }
        return compute(key, counted, compute);
    }

    private boolean answersFor(Result kept, Watermark counted) {
        boolean nothingTakenAway = kept.epoch() == counted.epoch();   // an erasure since: never answer what it removed
        boolean freshEnough = !kept.dataAsOf().isBefore(counted.readAt().minus(maxStale));
        boolean asked = counted.required() == null || !kept.dataAsOf().isBefore(counted.required());
        return nothingTakenAway && freshEnough && asked;
    }

    private Result compute(Object key, Watermark counted, Supplier<List<FunnelStep>> compute) {
        Result result = new Result(compute.get(), counted.dataAsOf(), counted.version(), counted.epoch());
        Result kept = kept(key);
        if (kept == null || kept.version() <= result.version()) {
            results.put(key, CompletableFuture.completedFuture(result));
        }
        return result;
    }

    private Result kept(Object key) {
        CompletableFuture<Object> found = results.getIfPresent(key);
        return found == null || !found.isDone() || found.isCompletedExceptionally() ? null : (Result) found.join();
    }
}
