package io.trailmap.touchpoint.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Analytics stream a million rows through {@link Sql#each}: the driver must hand them over a few thousand at a
 * time, inside a request's transaction and outside any (a background refresh), never the whole answer at once.
 */
@QuarkusTest
class SqlStreamingTest {

    private static final String ROWS = "SELECT n, repeat('x', 2000) AS pad FROM generate_series(1, 200000) n";

    @Inject
    Sql sql;

    /** The most heap still held while reading (collected at each checkpoint), above what was held before. */
    private long peakGrowth() {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        long before = runtime.totalMemory() - runtime.freeMemory();
        AtomicLong peak = new AtomicLong();
        AtomicLong rows = new AtomicLong();
        sql.each(ROWS, List.of(), row -> {
            if (rows.incrementAndGet() % 50_000 == 0) {
                System.gc();   // what is still held, not what is garbage yet
                peak.accumulateAndGet(runtime.totalMemory() - runtime.freeMemory() - before, Math::max);
            }
        });
        assertThat(rows).hasValue(200_000);
        return peak.get();
    }

    @Test
    void inATransactionTheRowsComeAFewThousandAtATime() {
        long growth = QuarkusTransaction.requiringNew().call(this::peakGrowth);
        assertThat(growth).as("bytes of heap held while reading 400 MB of rows").isLessThan(150_000_000L);
    }

    @Test
    void outsideATransactionToo() {
        assertThat(peakGrowth()).as("bytes of heap held while reading 400 MB of rows").isLessThan(150_000_000L);
    }
}
