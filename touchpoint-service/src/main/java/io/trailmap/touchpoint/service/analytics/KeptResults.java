package io.trailmap.touchpoint.service.analytics;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.cache.CaffeineCache;
import io.trailmap.touchpoint.ingest.IngestWatermark.Watermark;
import io.trailmap.touchpoint.service.RollupsChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * Analytics results kept between calls, so a dashboard open during live ingestion is answered at once.
 * A result computed at one version of the tenant's rollups is exact for every later watermark of the
 * same version. Once the rollups have moved on, the last result is still answered — with the
 * {@code dataAsOf} it was computed at, never a later one — while one refresh per funnel runs in the
 * background, as long as it is at most {@code trailmap.analytics.max-stale} old, nothing was erased
 * since (the epoch) and the caller's {@code minDataAsOf} does not ask for more; refreshes of one result
 * take at most {@code trailmap.analytics.refresh-share} of the time. Otherwise the call waits:
 * for the computation in flight when that one will do (a dashboard's many calls do not compute the same
 * answer side by side), else for a computation of its own.
 *
 * <p>A key is everything a result depends on besides the data, the tenant first ({@link Key}); computations
 * read the database only through {@link io.trailmap.touchpoint.service.Sql} with the tenant given, since a
 * refresh runs outside the request that started it.
 */
@ApplicationScoped
public class KeptResults {

    private static final Logger LOG = Logger.getLogger(KeptResults.class);

    /** What a result depends on besides the data: the tenant and the request. */
    public interface Key {
        String tenant();
    }

    /**
     * A result as computed: its value and the watermark it counts up to; when the computation started
     * (the watermark's reading) and how long it took.
     */
    public record Result<T>(T value, Instant dataAsOf, long version, long epoch, Instant startedAt, Duration took) {

        /** A value just computed at {@code counted}, taking no time to speak of. */
        static <T> Result<T> computedAt(Watermark counted, T value) {
            return new Result<>(value, counted.dataAsOf(), counted.version(), counted.epoch(), counted.readAt(), Duration.ZERO);
        }
    }

    /** A computation in flight and the watermark it counts up to. */
    private record Refresh(Watermark at, CompletableFuture<Result<?>> result) {
    }

    private final CaffeineCache results;
    private final Duration maxStale;
    private final double refreshShare;
    private final Map<Key, Refresh> refreshing = new ConcurrentHashMap<>();
    private final ExecutorService refresher = Executors.newFixedThreadPool(2, Thread.ofPlatform().name("analytics-refresh-", 0)
            .daemon().factory());

    public KeptResults(@CacheName("analytics") Cache results,
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
     * The result for {@code key} at {@code counted}, computing it with {@code compute} when no kept result
     * may answer. Every call of one key computes the same type.
     */
    @SuppressWarnings("unchecked")
    public <T> Result<T> answer(Key key, Watermark counted, Supplier<T> compute) {
        return (Result<T>) answerAny(key, counted, compute);
    }

    private Result<?> answerAny(Key key, Watermark counted, Supplier<?> compute) {
        Result<?> kept = kept(key);
        if (kept != null && kept.version() == counted.version()) {
            return new Result<>(kept.value(), counted.dataAsOf(), kept.version(), kept.epoch(), kept.startedAt(), kept.took());
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

    /**
     * An erasure or retention took data away: nothing kept for the tenant is answered again (the epoch), so
     * keep none of it. A computation in flight still keeps its own when it lands, of the old epoch.
     */
    void forgetTenant(@Observes(during = TransactionPhase.AFTER_SUCCESS) RollupsChanged changed) {
        results.invalidateIf(key -> key instanceof Key k && k.tenant().equals(changed.tenant())).await().indefinitely();
    }

    /** Starts a refresh of {@code key} in the background unless one is in flight. */
    private void refresh(Key key, Watermark counted, Supplier<?> compute) {
        Refresh mine = new Refresh(counted, new CompletableFuture<>());
        if (refreshing.putIfAbsent(key, mine) == null) {
            refresher.execute(() -> {
                try {
                    run(key, mine, true, compute);
                } catch (RuntimeException e) {
                    LOG.warnf(e, "background refresh of %s failed; the next call computes it", key.getClass().getSimpleName());
                }
            });
        }
    }

    /** Computes {@code refresh}, keeps the result and completes it for the calls that joined it. */
    private Result<?> run(Key key, Refresh refresh, boolean registered, Supplier<?> compute) {
        try {
            Watermark counted = refresh.at();
            long started = System.nanoTime();
            Object value = compute.get();
            Result<?> result = new Result<>(value, counted.dataAsOf(), counted.version(), counted.epoch(), counted.readAt(),
                    Duration.ofNanos(System.nanoTime() - started));
            Result<?> kept = kept(key);
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
     * Whether {@code kept} is refreshed now: a result's refreshes take at most {@code refresh-share} of the
     * time (one that took 5 s is refreshed at most every 20 s at 0.25; one that took 5 ms, at once), so a
     * large analytic on a dashboard does not keep a core busy while ingestion moves its rollups on — but a
     * result half as old as max-stale is refreshed whatever it cost, so that calls never wait for one.
     */
    private boolean refreshDue(Result<?> kept, Watermark counted) {
        return refreshDue(kept, counted.readAt(), refreshShare, maxStale);
    }

    static boolean refreshDue(Result<?> kept, Instant readAt, double refreshShare, Duration maxStale) {
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

    private Result<?> kept(Key key) {
        CompletableFuture<Object> found = results.getIfPresent(key);
        return found == null || !found.isDone() || found.isCompletedExceptionally() ? null : (Result<?>) found.join();
    }
}
