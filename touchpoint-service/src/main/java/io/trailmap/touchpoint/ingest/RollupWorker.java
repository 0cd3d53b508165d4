package io.trailmap.touchpoint.ingest;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.trailmap.touchpoint.service.RollupLocks;
import io.trailmap.touchpoint.service.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Folds committed events into the rollups, in every replica: claims the oldest work items no other
 * worker holds ({@code FOR UPDATE SKIP LOCKED}), folds all their events in one set-based statement and
 * deletes the items in the same transaction. A replica that dies mid-fold rolls back; its items are
 * claimed again by whichever worker comes next. Runs on a thread of its own, woken by this replica's
 * ingestion and otherwise every {@code trailmap.rollups.poll}; while counting is behind, ingestion
 * requests fold a few items too ({@link #help()}), so counting keeps pace with however many clients send.
 */
@ApplicationScoped
public class RollupWorker {

    private static final Logger LOG = Logger.getLogger(RollupWorker.class);
    private static final String CLAIM = SqlScripts.load("claim-rollup-work.sql");
    private static final String FOLD = SqlScripts.load("fold-rollup-work.sql");
    private static final String REBUILD_UNKNOWN_TOUCHES = SqlScripts.load("rebuild-unknown-touches.sql");

    private final Sql sql;
    private final RollupLocks locks;
    private final boolean enabled;
    private final Duration poll;
    private final int itemsPerFold;
    private final int itemsPerHelp;
    /** Request threads folding at once: a few are enough to keep pace; more would hold connections others need. */
    private final Semaphore helpers = new Semaphore(2);
    private final Timer lag;
    private final Counter foldedEvents;
    private final ReentrantLock lock = new ReentrantLock();
    /** Held (shared) by every fold of this replica, so {@link #pause()} (exclusive) returns only when none runs. */
    private final ReentrantReadWriteLock folding = new ReentrantReadWriteLock();
    private final Condition work = lock.newCondition();
    private volatile boolean running;
    private volatile boolean paused;
    private boolean nudged;
    private Thread thread;

    /** What one fold did: work items folded and their events. */
    public record Fold(int items, long events) {
        static final Fold NOTHING = new Fold(0, 0);
    }


    public RollupWorker(Sql sql, RollupLocks locks, MeterRegistry registry,
                        @ConfigProperty(name = "trailmap.rollups.worker.enabled", defaultValue = "true") boolean enabled,
                        @ConfigProperty(name = "trailmap.rollups.poll", defaultValue = "PT0.1S") Duration poll,
                        @ConfigProperty(name = "trailmap.rollups.items-per-fold", defaultValue = "10") int itemsPerFold,
                        @ConfigProperty(name = "trailmap.rollups.items-per-help", defaultValue = "2") int itemsPerHelp) {
        this.sql = sql;
        this.locks = locks;
        this.enabled = enabled;
        this.poll = poll;
        this.itemsPerFold = itemsPerFold;
        this.itemsPerHelp = itemsPerHelp;
        this.lag = Timer.builder("trailmap.ingest.lag")
                .description("From an accepted batch's acknowledgement to its events being counted by the rollups")
                .publishPercentiles(0.5, 0.99).publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1)).maximumExpectedValue(Duration.ofMinutes(1))
                .register(registry);
        this.foldedEvents = registry.counter("trailmap.rollups.folded.events");
    }

    void start(@Observes StartupEvent startup) {
        if (!enabled) {
            return;
        }
        running = true;
        thread = Thread.ofPlatform().name("rollup-worker").daemon().start(this::loop);
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        running = false;
        nudge();
        if (thread != null) {
            thread.join(TimeUnit.SECONDS.toMillis(10));
        }
    }

    /** New work was queued by this replica: fold it now rather than at the next poll. */
    public void nudge() {
        lock.lock();
        try {
            nudged = true;
            work.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Holds this replica's folds back, its loop's and its requests' (operations, tests of back-pressure); returns once none runs. */
    public void pause() {
        paused = true;
        folding.writeLock().lock();
        folding.writeLock().unlock();
    }

    public void resume() {
        paused = false;
        nudge();
    }

    /** One fold of up to {@code trailmap.rollups.items-per-fold} work items, in a transaction of its own. */
    public Fold foldOnce() {
        return foldOnce(itemsPerFold);
    }

    /**
     * A fold of up to {@code trailmap.rollups.items-per-help} items on the caller's thread (an ingestion
     * request, while counting is behind), unless this replica is paused or two requests fold already; also where the loop is off
     * ({@code trailmap.rollups.worker.enabled=false}). A failure is the worker's to retry, not the
     * request's: its batch is already stored.
     */
    public Fold help() {
        if (!helpers.tryAcquire()) {
            return Fold.NOTHING;
        }
        try {
            return foldUnlessPaused(itemsPerHelp);
        } catch (RuntimeException e) {
            LOG.debugf(e, "a fold helping the worker failed; its work items stay queued");
            return Fold.NOTHING;
        } finally {
            helpers.release();
        }
    }

    private Fold foldOnce(int items) {
        Folded folded = QuarkusTransaction.requiringNew().call(() -> fold(items));
        // committed: only now do its events count
        folded.lagSeconds().forEach(seconds -> lag.record(Duration.ofNanos(Math.round(seconds * 1e9))));
        foldedEvents.increment(folded.events());
        return new Fold(folded.lagSeconds().size(), folded.events());
    }

    /**
     * A fold inside the caller's transaction, which decides whether it counts (commit) or not (rollback:
     * the items stay queued, as after a crash). Lag metrics are recorded by {@link #foldOnce()} only.
     */
    public Fold foldInCurrentTransaction() {
        Folded folded = fold(itemsPerFold);
        return new Fold(folded.lagSeconds().size(), folded.events());
    }

    /** The work items folded (the lag of each) and their events. */
    private record Folded(List<Double> lagSeconds, long events) {
    }

    private Folded fold(int items) {
        List<String> tenants = new ArrayList<>();
        List<Long> firstSeqs = new ArrayList<>();
        sql.each(CLAIM, List.of(items), row -> {
            tenants.add(row.getString("tenant_id"));
            firstSeqs.add(row.getLong("first_seq"));
        });
        if (tenants.isEmpty()) {
            return new Folded(List.of(), 0);
        }
        locks.shareFor(tenants);
        long[] events = {0};
        List<Double> lags = new ArrayList<>();
        List<Object> unknown = new ArrayList<>();   // the customer journeys whose touches the fold left unknown in order
        sql.each(FOLD, List.of(tenants.toArray(String[]::new), firstSeqs.toArray(Long[]::new)), row -> {
            events[0] += row.getLong("events");
            lags.add(row.getDouble("lag_seconds"));
            if (unknown.isEmpty() && row.getArray("unknown_customers") != null) {   // the same on every row
                unknown.addAll(List.of(row.getArray("unknown_tenants").getArray(), row.getArray("unknown_journeys").getArray(),
                        row.getArray("unknown_customers").getArray()));
            }
        });
        if (!unknown.isEmpty()) {   // late events: their customers' touches rebuilt now, so readers find them kept
            sql.update(REBUILD_UNKNOWN_TOUCHES, unknown);
        }
        return new Folded(lags, events[0]);
    }

    private void loop() {
        Duration backoff = Duration.ZERO;
        while (running) {
            try {
                Fold fold = foldUnlessPaused(itemsPerFold);
                backoff = Duration.ZERO;
                if (fold.items() < itemsPerFold) {
                    await(poll);
                }
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                backoff = backoff.isZero() ? Duration.ofMillis(100) : min(backoff.multipliedBy(2), Duration.ofSeconds(5));
                LOG.warnf(e, "rollup fold failed; the work items stay queued, retrying in %s", backoff);
                await(backoff);
            }
        }
    }

    private Fold foldUnlessPaused(int items) {
        folding.readLock().lock();
        try {
            return paused ? Fold.NOTHING : foldOnce(items);
        } finally {
            folding.readLock().unlock();
        }
    }

    private void await(Duration timeout) {
        lock.lock();
        try {
            if (!nudged && running) {
                work.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
            }
            nudged = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        } finally {
            lock.unlock();
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
