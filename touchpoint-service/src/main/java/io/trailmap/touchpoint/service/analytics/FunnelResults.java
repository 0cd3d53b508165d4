package io.trailmap.touchpoint.service.analytics;

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
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Funnel results kept between calls, so a dashboard open during live ingestion is answered at once.
 * A result computed at one version of the tenant's rollups is exact for every later watermark of the
 * same version. Once the rollups have moved on, the last result is still answered — with the
 * {@code dataAsOf} it was computed at, never a later one — while one refresh per funnel runs in the
 * background, as long as it is at most {@code trailmap.analytics.max-stale} old, nothing was erased
 * since (the epoch) and the caller's {@code minDataAsOf} does not ask for more; refreshes of a funnel take
 * at most {@code trailmap.analytics.refresh-share} of the time. Otherwise the call waits:
 * for the computation in flight when that one will do (a dashboard's many calls do not compute the same
 * funnel side by side), else for a computation of its own.
 */
@ApplicationScoped
public class FunnelResults {

    private static final Logger LOG = Logger.getLogger(FunnelResults.class);

    /**
     * A funnel as computed: its steps and the watermark they count up to; when the computation started
     * (the watermark's reading) and how long it took.
     */
    public record Result(List<FunnelStep> steps, Instant dataAsOf, long version, long epoch, Instant startedAt, Duration took) {

        /** Steps just computed at {@code counted}, taking no time to speak of. */
        static Result computedAt(Watermark counted, List<FunnelStep> steps) {
            return new Result(steps, counted.dataAsOf(), counted.version(), counted.epoch(), counted.readAt(), Duration.ZERO);
        }
    }

    /** A computation in flight and the watermark it counts up to. */
    private record Refresh(Watermark at, CompletableFuture<Result> result) {
    }

    private final CaffeineCache results;
    private final Duration maxStale;
    private final double refreshShare;
    private final Map<Object, Refresh> refreshing = new ConcurrentHashMap<>();
    private final ExecutorService refresher = Executors.newFixedThreadPool(2, Thread.ofPlatform().name("funnel-refresh-", 0)
            .daemon().factory());

    public FunnelResults(@CacheName("funnels") Cache results,
                         @ConfigProperty(name = "trailmap.analytics.max-stale", defaultValue = "PT1M") Duration maxStale,
                         @ConfigProperty(name = "trailmap.analytics.refresh-share", defaultValue = "0.25") double refreshShare) {
        if (!(refreshShare > 0 && refreshShare <= 1)) {
            throw new IllegalArgumentException("trailmap.analytics.refresh-share must be in (0, 1]: " + refreshShare);
        }
        this.results = results.as(CaffeineCache.class);
        this.maxStale = maxStale;
        this.refreshShare = refreshShare;
    }

    /**
     * The funnel for {@code key} (everything it depends on but the data) at {@code counted}, computing it
     * with {@code compute} when no kept result may answer.
     */
    public Result answer(Object key, Watermark counted, Supplier<List<FunnelStep>> compute) {
        Result kept = kept(key);
        if (kept != null && kept.version() == counted.version()) {
            return new Result(kept.steps(), counted.dataAsOf(), kept.version(), kept.epoch(), kept.startedAt(), kept.took());
        }
        if (kept != null && answersFor(kept.dataAsOf(), kept.epoch(), counted)) {
            if (refreshDue(kept, counted)) {
                refresh(key, counted, compute);
            }
            return kept;
        }
        Refresh inFlight = refreshing.get(key);
        if (inFlight != null && answersFor(inFlight.at().dataAsOf(), inFlight.at().epoch(), counted)) {
            try {
                return inFlight.result().join();
            } catch (RuntimeException failed) {
                // logged where it failed; this call computes for itself
            }
        }
        Refresh mine = new Refresh(counted, new CompletableFuture<>());
        boolean registered = refreshing.putIfAbsent(key, mine) == null;   // else one that cannot answer this call runs
        return run(key, mine, registered, compute);
    }

    /** Drops the kept results whose keys {@code match}; a computation in flight still keeps its own when it lands. */
    void forget(Predicate<Object> match) {
        results.invalidateIf(match).await().indefinitely();
    }

    /** Starts a refresh of {@code key} in the background unless one is in flight. */
    private void refresh(Object key, Watermark counted, Supplier<List<FunnelStep>> compute) {
        Refresh mine = new Refresh(counted, new CompletableFuture<>());
        if (refreshing.putIfAbsent(key, mine) == null) {
            refresher.execute(() -> {
                try {
                    run(key, mine, true, compute);
                } catch (RuntimeException e) {
                    LOG.warnf(e, "background refresh of a funnel failed; the next call computes it");
                }
            });
        }
    }

    /** Computes {@code refresh}, keeps the result and completes it for the calls that joined it. */
    private Result run(Object key, Refresh refresh, boolean registered, Supplier<List<FunnelStep>> compute) {
        try {
            Watermark counted = refresh.at();
            long started = System.nanoTime();
            List<FunnelStep> steps = compute.get();
            Result result = new Result(steps, counted.dataAsOf(), counted.version(), counted.epoch(), counted.readAt(),
                    Duration.ofNanos(System.nanoTime() - started));
            Result kept = kept(key);
            if (kept == null || kept.version() <= result.version()) {
                results.put(key, CompletableFuture.completedFuture(result));
            }
            refresh.result().complete(result);
            return result;
        } catch (RuntimeException e) {
            refresh.result().completeExceptionally(e);
            throw e;
        } finally {
            if (registered) {
                refreshing.remove(key, refresh);
            }
        }
    }

    /**
     * Whether {@code kept} is refreshed now: a funnel's refreshes take at most {@code refresh-share} of the
     * time (one that took 5 s is refreshed at most every 20 s at 0.25; one that took 5 ms, at once), so a
     * large funnel on a dashboard does not keep a core busy while ingestion moves its rollups on — but a
     * result half as old as max-stale is refreshed whatever it cost, so that calls never wait for one.
     */
    private boolean refreshDue(Result kept, Watermark counted) {
        return refreshDue(kept, counted.readAt(), refreshShare, maxStale);
    }

    static boolean refreshDue(Result kept, Instant readAt, double refreshShare, Duration maxStale) {
        Duration pace = Duration.ofNanos((long) (kept.took().toNanos() / refreshShare));
        return !readAt.isBefore(kept.startedAt().plus(pace)) || !readAt.isBefore(kept.dataAsOf().plus(maxStale.dividedBy(2)));
    }

    /** Whether a result counting up to {@code dataAsOf} in {@code epoch} may answer a call that read {@code counted}. */
    private boolean answersFor(Instant dataAsOf, long epoch, Watermark counted) {
        boolean nothingTakenAway = epoch == counted.epoch();   // an erasure since: never answer what it removed
        boolean freshEnough = !dataAsOf.isBefore(counted.readAt().minus(maxStale));
        boolean asked = counted.required() == null || !dataAsOf.isBefore(counted.required());
        return nothingTakenAway && freshEnough && asked;
    }

    private Result kept(Object key) {
        CompletableFuture<Object> found = results.getIfPresent(key);
        return found == null || !found.isDone() || found.isCompletedExceptionally() ? null : (Result) found.join();
    }
}
