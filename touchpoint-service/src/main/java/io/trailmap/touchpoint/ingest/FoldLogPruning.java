package io.trailmap.touchpoint.ingest;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.trailmap.touchpoint.service.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.List;

/**
 * Forgets the folds' log of changed customer journeys ({@code rollup_folds}, written by each fold) once it is
 * older than {@code trailmap.analytics.fold-log}: a kept analytic that has not been refreshed for that long reads
 * every customer again. Every replica may run it; deleting what another already deleted does nothing.
 */
@ApplicationScoped
public class FoldLogPruning {

    private final Sql sql;
    private final Duration keep;

    public FoldLogPruning(Sql sql, @ConfigProperty(name = "trailmap.analytics.fold-log", defaultValue = "PT15M") Duration keep) {
        this.sql = sql;
        this.keep = keep;
    }

    @Scheduled(every = "${trailmap.analytics.fold-log-pruned-every:1m}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        prune();
    }

    /** Deletes the log older than the configured age; answers how many folds' entries went. */
    public int prune() {
        return QuarkusTransaction.requiringNew().call(() -> sql.update(
                "DELETE FROM rollup_folds WHERE folded_at < statement_timestamp() - ?::interval",
                List.of(keep.toSeconds() + " seconds")));
    }
}
