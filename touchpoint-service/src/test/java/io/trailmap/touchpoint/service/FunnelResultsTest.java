package io.trailmap.touchpoint.service;

import io.quarkus.test.junit.QuarkusTest;
import io.trailmap.touchpoint.analytics.FunnelStep;
import io.trailmap.touchpoint.ingest.IngestWatermark.Watermark;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When a kept funnel answers (and with which dataAsOf), when a call computes, and that a stale answer
 * starts exactly one background refresh — on hand-made watermarks, max-stale 10 s (the default).
 */
@QuarkusTest
class FunnelResultsTest {

    private static final Instant T = Instant.parse("2026-05-01T10:00:00Z");

    @Inject
    FunnelResults results;

    private final Object key = List.of("funnel-results-test", UUID.randomUUID());
    private final AtomicInteger computed = new AtomicInteger();

    private List<FunnelStep> compute() {
        int n = computed.incrementAndGet();
        return List.of(new FunnelStep("a", n, null, 1.0, 0, null));
    }

    private static Watermark counted(long version, long epoch, Instant dataAsOf, Instant readAt, Instant required) {
        return new Watermark(dataAsOf, null, version, epoch, readAt, required);
    }

    private int customers(FunnelResults.Result result) {
        return result.steps().getFirst().customers();
    }

    @Test
    void theSameVersionIsAnsweredAtTheNewWatermarkWithoutComputing() {
        assertThat(customers(results.answer(key, counted(1, 0, T, T, null), this::compute))).isEqualTo(1);
        FunnelResults.Result again = results.answer(key, counted(1, 0, T.plusSeconds(30), T.plusSeconds(30), null), this::compute);
        assertThat(customers(again)).isEqualTo(1);
        assertThat(again.dataAsOf()).isEqualTo(T.plusSeconds(30));
        assertThat(computed).hasValue(1);
    }

    @Test
    void aNewerVersionIsAnsweredByTheKeptResultWithItsOwnDataAsOfWhileOneRefreshRuns() throws Exception {
        results.answer(key, counted(1, 0, T, T, null), this::compute);
        FunnelResults.Result stale = results.answer(key, counted(2, 0, T.plusSeconds(3), T.plusSeconds(3), null), this::compute);
        assertThat(customers(stale)).isEqualTo(1);
        assertThat(stale.dataAsOf()).as("never later than what it counts").isEqualTo(T);
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (computed.get() < 2) {   // the exact condition: the background refresh has computed
            assertThat(System.nanoTime()).as("refresh computed").isLessThan(deadline);
            Thread.sleep(5);
        }
        FunnelResults.Result fresh = waitForKept(2);
        assertThat(customers(fresh)).isEqualTo(2);
        assertThat(fresh.dataAsOf()).isEqualTo(T.plusSeconds(4));
        assertThat(computed).as("one refresh for the stale answer, nothing more").hasValue(2);
    }

    /** The kept result once it is the one of {@code version} (the refresh puts it just after computing). */
    private FunnelResults.Result waitForKept(long version) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (true) {
            FunnelResults.Result answer = results.answer(key, counted(version, 0, T.plusSeconds(4), T.plusSeconds(4), null),
                    () -> {
                        throw new AssertionError("must not compute: a refresh is kept or being kept");
                    });
            if (answer.version() == version) {
                return answer;
            }
            assertThat(System.nanoTime()).as("refreshed result kept").isLessThan(deadline);
            Thread.sleep(5);
        }
    }

    @Test
    void minDataAsOfAfterTheKeptResultComputesAndWaits() {
        results.answer(key, counted(1, 0, T, T, null), this::compute);
        FunnelResults.Result asked = results.answer(key, counted(2, 0, T.plusSeconds(1), T.plusSeconds(1), T.plusMillis(500)),
                this::compute);
        assertThat(customers(asked)).isEqualTo(2);
        assertThat(asked.dataAsOf()).isEqualTo(T.plusSeconds(1));
    }

    @Test
    void anErasureSinceOrAKeptResultOlderThanMaxStaleIsNeverAnswered() {
        results.answer(key, counted(1, 0, T, T, null), this::compute);
        assertThat(customers(results.answer(key, counted(2, 1, T.plusSeconds(1), T.plusSeconds(1), null), this::compute)))
                .as("new epoch").isEqualTo(2);
        assertThat(customers(results.answer(key, counted(3, 1, T.plusSeconds(12), T.plusSeconds(12), null), this::compute)))
                .as("kept at T+1 s, read at T+12 s: 11 s old").isEqualTo(3);
        assertThat(computed).hasValue(3);
    }
}
