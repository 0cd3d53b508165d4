package io.trailmap.touchpoint.service.analytics;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.cache.CaffeineCache;
import io.quarkus.scheduler.Scheduled;
import io.trailmap.touchpoint.ingest.IngestWatermark;
import io.trailmap.touchpoint.ingest.IngestWatermark.Watermark;
import io.trailmap.touchpoint.service.RollupsChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Analytics results kept between calls, so a dashboard open during live ingestion is answered at once.
 * A result computed at one version of the tenant's rollups is exact for every later watermark of the
 * same version. Once the rollups have moved on, the last result is still answered — with the
 * {@code dataAsOf} it was computed at, never a later one — while one refresh of it runs in the
 * background, as long as it is at most {@code trailmap.analytics.max-stale} old, nothing was erased
 * since (the epoch) and the caller's {@code minDataAsOf} does not ask for more; refreshes of one result
 * take at most {@code trailmap.analytics.refresh-share} of the time. Otherwise the call waits:
 * for the computation in flight when that one will do (a dashboard's many calls do not compute the same
 * answer side by side), else for a computation of its own.
 *
 * <p>What was asked again within {@code trailmap.analytics.keep-fresh} (a dashboard's analytics; not a key
 * asked once, such as a range ending now) is kept fresh without being asked ({@link #keepFresh()}, by the same
 * rules), so that a dashboard refreshed less often than its analytics move on is not the one that waits. Keys of one {@link GroupKey#group() group} (a journey's analytics: one read of its
 * customers feeds them all) are computed together: whichever of them computes, computes every one of them
 * asked lately and behind.
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

    /** A key computed in one pass with the others of its group (equal {@link #group()}s): see {@link #answer(GroupKey, Watermark, Function)}. */
    public interface GroupKey extends Key {
        Object group();
    }

    /** When a key was last asked, how many times in all, and how to compute it. */
    private record Asked(Instant at, int times, Function<Watermark, Object> compute) {
    }

    /** The most keys of a group computed in one pass, those asked last. */
    static final int MOST_IN_ONE_PASS = 64;

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
    private final IngestWatermark watermarks;
    private final Duration maxStale;
    private final double refreshShare;
    private final Duration keepFresh;
    private final Map<Key, Refresh> refreshing = new ConcurrentHashMap<>();
    private final Map<Key, Asked> asked = new ConcurrentHashMap<>();
    private final ExecutorService refresher = Executors.newFixedThreadPool(2, Thread.ofPlatform().name("analytics-refresh-", 0)
            .daemon().factory());

    public KeptResults(@CacheName("analytics") Cache results, IngestWatermark watermarks,
                       @ConfigProperty(name = "trailmap.analytics.max-stale", defaultValue = "PT1M") Duration maxStale,
                       @ConfigProperty(name = "trailmap.analytics.refresh-share", defaultValue = "0.25") double refreshShare,
                       @ConfigProperty(name = "trailmap.analytics.keep-fresh", defaultValue = "PT10M") Duration keepFresh) {
        if (!(refreshShare > 0 && refreshShare <= 1)) {
            throw new IllegalArgumentException("trailmap.analytics.refresh-share must be in (0, 1]: " + refreshShare);
        }
        this.results = results.as(CaffeineCache.class);
        this.watermarks = watermarks;
        this.maxStale = maxStale;
        this.refreshShare = refreshShare;
        this.keepFresh = keepFresh;
    }

    /**
     * The result for {@code key} at {@code counted}, computing it with {@code compute} when no kept result
     * may answer. Every call of one key computes the same type.
     */
    @SuppressWarnings("unchecked")
    public <T> Result<T> answer(Key key, Watermark counted, Supplier<T> compute) {
        return (Result<T>) answerAny(key, counted, at -> compute.get());
    }

    /**
     * The same for a key of a group: when it computes, {@code pass} computes in one go the results of this key
     * (first) and of every other key of its group asked within keep-fresh and not counting up to {@code counted}
     * yet — answering them in the order of the keys given. Every call of one key computes the same type.
     */
    @SuppressWarnings("unchecked")
    public <T, K extends GroupKey> Result<T> answer(K key, Watermark counted, Function<List<K>, List<Object>> pass) {
        return (Result<T>) answerAny(key, counted, at -> computeGroup(key, at, pass));
    }

    private Result<?> answerAny(Key key, Watermark counted, Function<Watermark, Object> compute) {
        asked.merge(key, new Asked(counted.readAt(), 1, compute),
                (before, now) -> new Asked(now.at(), before.times() + 1, now.compute()));
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
    private void refresh(Key key, Watermark counted, Function<Watermark, Object> compute) {
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
    private Result<?> run(Key key, Refresh refresh, boolean registered, Function<Watermark, Object> compute) {
        try {
            Watermark counted = refresh.at();
            long started = System.nanoTime();
            Object value = compute.apply(counted);
            return keep(key, refresh, value, Duration.ofNanos(System.nanoTime() - started));
        } catch (RuntimeException e) {
            refresh.result().completeExceptionally(e);
            throw e;
        } finally {
            if (registered) {
                refreshing.remove(key, refresh);
            }
        }
    }

    /** Keeps {@code value}, computed for {@code refresh} in {@code took}, unless a newer one is kept, and completes it. */
    private Result<?> keep(Key key, Refresh refresh, Object value, Duration took) {
        Watermark counted = refresh.at();
        Result<?> result = new Result<>(value, counted.dataAsOf(), counted.version(), counted.epoch(), counted.readAt(), took);
        Result<?> kept = kept(key);
        if (kept == null || kept.version() <= result.version()) {
            results.put(key, CompletableFuture.completedFuture(result));
        }
        refresh.result().complete(result);
        return result;
    }

    /**
     * {@code key}'s value at {@code counted}, computed in one pass with the others of its group asked lately that
     * are behind it and not computing already: each of those is claimed (calls join it as any computation in
     * flight), kept and completed here.
     */
    @SuppressWarnings("unchecked")
    private <K extends GroupKey> Object computeGroup(K key, Watermark counted, Function<List<K>, List<Object>> pass) {
        Instant since = counted.readAt().minus(keepFresh);
        List<Map.Entry<Key, Asked>> candidates = new ArrayList<>();
        asked.forEach((other, when) -> {
            if (!other.equals(key) && other instanceof GroupKey g && g.tenant().equals(key.tenant()) && g.group().equals(key.group())
                    && !when.at().isBefore(since) && behind(other, counted)) {
                candidates.add(Map.entry(other, when));
            }
        });
        candidates.sort(Map.Entry.<Key, Asked>comparingByValue(java.util.Comparator.comparing(Asked::at)).reversed());
        Map<K, Refresh> companions = new LinkedHashMap<>();
        for (Map.Entry<Key, Asked> candidate : candidates) {
            Refresh claim = new Refresh(counted, new CompletableFuture<>());
            if (companions.size() < MOST_IN_ONE_PASS - 1 && refreshing.putIfAbsent(candidate.getKey(), claim) == null) {
                companions.put((K) candidate.getKey(), claim);
            }
        }
        List<K> keys = new ArrayList<>();
        keys.add(key);
        keys.addAll(companions.keySet());
        long started = System.nanoTime();
        try {
            List<Object> values = pass.apply(keys);
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            LOG.debugf("%d analytics of one group computed in one pass in %d ms", keys.size(), took.toMillis());
            for (int i = 1; i < keys.size(); i++) {
                keep(keys.get(i), companions.get(keys.get(i)), values.get(i), took);
            }
            return values.getFirst();
        } catch (RuntimeException e) {
            companions.values().forEach(claim -> claim.result().completeExceptionally(e));
            throw e;
        } finally {
            companions.forEach(refreshing::remove);
        }
    }

    /** Whether a computation of {@code key} is in flight. */
    boolean computing(Key key) {
        return refreshing.containsKey(key);
    }

    private boolean behind(Key key, Watermark counted) {
        Result<?> kept = kept(key);
        return kept == null || kept.version() < counted.version() || kept.epoch() != counted.epoch();
    }

    /** Every few seconds: refreshes what was asked lately and is due (of a group, one pass for all of it). */
    @Scheduled(every = "${trailmap.analytics.keep-fresh-every:5s}", delayed = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void keepFresh() {
        keepFresh(watermarks::of);
    }

    /**
     * Forgets what was not asked within keep-fresh; refreshes in the background each other key asked again that has no kept
     * result or is due by the rules of a call ({@link #refreshDue}), at its tenant's watermark now — one key per
     * group (the pass computes the others).
     */
    void keepFresh(Function<String, Watermark> watermark) {
        Map<String, Watermark> counted = new HashMap<>();
        Set<Object> groupsStarted = new HashSet<>();
        asked.forEach((key, when) -> {
            Watermark now = counted.computeIfAbsent(key.tenant(), watermark);
            if (now == null) {   // none given for this tenant: left alone
                return;
            }
            if (when.at().isBefore(now.readAt().minus(keepFresh))) {
                asked.remove(key, when);
                return;
            }
            if (when.times() < 2) {   // asked once: no dashboard's
                return;
            }
            Result<?> kept = kept(key);
            boolean due = kept == null || kept.epoch() != now.epoch()
                    || kept.version() != now.version() && refreshDue(kept, now);
            if (due && (!(key instanceof GroupKey g) || groupsStarted.add(List.of(g.tenant(), g.group())))) {
                refresh(key, now, when.compute());
            }
        });
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

    /** The result kept for {@code key}, null when none is. */
    Result<?> kept(Key key) {
        CompletableFuture<Object> found = results.getIfPresent(key);
        return found == null || !found.isDone() || found.isCompletedExceptionally() ? null : (Result<?>) found.join();
    }
}
