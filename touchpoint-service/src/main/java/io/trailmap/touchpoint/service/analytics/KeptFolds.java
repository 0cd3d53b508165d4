package io.trailmap.touchpoint.service.analytics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The folds of kept analytics as their last pass left them — a journey's ({@link JourneyPass}), touchpoint metrics'
 * counters — and the rollup version they count up to, so that the next pass reads only the customers changed since. A pass takes a fold out
 * while it works on it (a pass beside it starts afresh) and gives it back; one not given back within
 * {@code trailmap.analytics.keep-fresh} is forgotten, as its key is.
 */
@ApplicationScoped
public class KeptFolds {

    /** A fold, the rollup version and epoch it counts up to, and when it was given back. */
    record Kept(Object fold, long version, long epoch, Instant keptAt) {
    }

    private final Map<KeptResults.Key, Kept> folds = new ConcurrentHashMap<>();
    private final Duration keepFresh;
    private final Counter followed;
    private final Counter afresh;

    public KeptFolds(MeterRegistry registry,
                     @ConfigProperty(name = "trailmap.analytics.keep-fresh", defaultValue = "PT10M") Duration keepFresh) {
        this.keepFresh = keepFresh;
        this.followed = passes(registry, "changed");
        this.afresh = passes(registry, "all");
    }

    private static Counter passes(MeterRegistry registry, String customers) {
        return Counter.builder("trailmap.analytics.passes")
                .description("Passes over the customers for kept analytics (a journey's, touchpoint metrics): customers=changed "
                        + "read only those changed since the last pass, customers=all every one")
                .tag("customers", customers).register(registry);
    }

    /** Counts a pass that read only the customers changed since, or every customer. */
    void passed(boolean onlyChanged) {
        (onlyChanged ? followed : afresh).increment();
    }

    /** {@code key}'s fold, taken out; null when none is kept. */
    Kept take(KeptResults.Key key) {
        return folds.remove(key);
    }

    /** Whether every one of {@code taken} is kept, of {@code epoch} (whatever versions they count up to). */
    static boolean allOf(java.util.List<Kept> taken, long epoch) {
        return taken.stream().allMatch(fold -> fold != null && fold.epoch() == epoch);
    }

    /** Keeps {@code fold} for {@code key} unless one counting further is kept; forgets folds not kept lately. */
    void keep(KeptResults.Key key, Object fold, long version, long epoch) {
        Instant now = Instant.now();
        folds.merge(key, new Kept(fold, version, epoch, now), (kept, given) -> kept.version() > given.version() ? kept : given);
        folds.values().removeIf(kept -> kept.keptAt().isBefore(now.minus(keepFresh)));
    }
}
