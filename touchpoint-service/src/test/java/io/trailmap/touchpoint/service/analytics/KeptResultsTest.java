package io.trailmap.touchpoint.service.analytics;

import io.quarkus.test.junit.QuarkusTest;
import io.trailmap.touchpoint.analytics.FunnelStep;
import io.trailmap.touchpoint.ingest.IngestWatermark.Watermark;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.trailmap.touchpoint.analytics.TimeRange;
import io.trailmap.touchpoint.service.RollupsChanged;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * When a kept funnel answers (and with which dataAsOf), when a call computes, and that a stale answer
 * starts exactly one background refresh, and that a call the kept result cannot answer joins the computation in
 * flight — on hand-made watermarks, max-stale 1 min (the default).
 */
@QuarkusTest
class KeptResultsTest {

    private static final Instant T = Instant.parse("2026-05-01T10:00:00Z");

    @Inject
    KeptResults results;

    @Inject
    Event<RollupsChanged> changes;

    private record TestKey(String tenant, UUID id) implements KeptResults.Key {
    }

    private final TestKey key = new TestKey("kept-results-test", UUID.randomUUID());
    private final AtomicInteger computed = new AtomicInteger();

    private List<FunnelStep> compute() {
        int n = computed.incrementAndGet();
        return List.of(new FunnelStep("a", n, null, 1.0, 0, null));
    }

    private static Watermark counted(long version, long epoch, Instant dataAsOf, Instant readAt, Instant required) {
        return new Watermark(dataAsOf, null, version, epoch, readAt, required);
    }

    private int customers(KeptResults.Result<List<FunnelStep>> result) {
        return result.value().getFirst().customers();
    }

    @Test
    void theSameVersionIsAnsweredAtTheNewWatermarkWithoutComputing() {
        assertThat(customers(results.answer(key, counted(1, 0, T, T, null), this::compute))).isEqualTo(1);
        KeptResults.Result<List<FunnelStep>> again = results.answer(key, counted(1, 0, T.plusSeconds(30), T.plusSeconds(30), null), this::compute);
        assertThat(customers(again)).isEqualTo(1);
        assertThat(again.dataAsOf()).isEqualTo(T.plusSeconds(30));
        assertThat(computed).hasValue(1);
    }

    @Test
    void aNewerVersionIsAnsweredByTheKeptResultWithItsOwnDataAsOfWhileOneRefreshRuns() throws Exception {
        results.answer(key, counted(1, 0, T, T, null), this::compute);
        KeptResults.Result<List<FunnelStep>> stale = results.answer(key, counted(2, 0, T.plusSeconds(3), T.plusSeconds(3), null), this::compute);
        assertThat(customers(stale)).isEqualTo(1);
        assertThat(stale.dataAsOf()).as("never later than what it counts").isEqualTo(T);
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (computed.get() < 2) {   // the exact condition: the background refresh has computed
            assertThat(System.nanoTime()).as("refresh computed").isLessThan(deadline);
            Thread.sleep(5);
        }
        KeptResults.Result<List<FunnelStep>> fresh = waitForKept(2);
        assertThat(customers(fresh)).isEqualTo(2);
        assertThat(fresh.dataAsOf()).isEqualTo(T.plusSeconds(4));
        assertThat(computed).as("one refresh for the stale answer, nothing more").hasValue(2);
    }

    /** The kept result once it is the one of {@code version} (the refresh puts it just after computing). */
    private KeptResults.Result<List<FunnelStep>> waitForKept(long version) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (true) {
            KeptResults.Result<List<FunnelStep>> answer = results.answer(key, counted(version, 0, T.plusSeconds(4), T.plusSeconds(4), null),
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
        KeptResults.Result<List<FunnelStep>> asked = results.answer(key, counted(2, 0, T.plusSeconds(1), T.plusSeconds(1), T.plusMillis(500)),
                this::compute);
        assertThat(customers(asked)).isEqualTo(2);
        assertThat(asked.dataAsOf()).isEqualTo(T.plusSeconds(1));
    }

    @Test
    void anErasureSinceOrAKeptResultOlderThanMaxStaleIsNeverAnswered() {
        results.answer(key, counted(1, 0, T, T, null), this::compute);
        assertThat(customers(results.answer(key, counted(2, 1, T.plusSeconds(1), T.plusSeconds(1), null), this::compute)))
                .as("new epoch").isEqualTo(2);
        assertThat(customers(results.answer(key, counted(3, 1, T.plusSeconds(62), T.plusSeconds(62), null), this::compute)))
                .as("kept at T+1 s, read at T+62 s: 61 s old").isEqualTo(3);
        assertThat(computed).hasValue(3);
    }

    @Test
    void aCallTheKeptResultCannotAnswerJoinsTheComputationInFlightInsteadOfComputingAgain() throws Exception {
        results.answer(key, counted(1, 0, T, T, null), this::compute);
        CountDownLatch release = new CountDownLatch(1);
        Supplier<List<FunnelStep>> slow = () -> {
            try {
                assertThat(release.await(10, TimeUnit.SECONDS)).isTrue();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return compute();
        };
        // kept (T) is 30 s old: answered, and a refresh counting up to T+30 s starts and waits for the latch
        assertThat(customers(results.answer(key, counted(2, 0, T.plusSeconds(30), T.plusSeconds(30), null), slow))).isEqualTo(1);
        // read at T+70 s: kept is 70 s old, too old; the refresh in flight (T+30 s, 40 s old) will do
        CompletableFuture<KeptResults.Result<List<FunnelStep>>> joined = new CompletableFuture<>();
        Thread caller = Thread.ofPlatform().start(() -> joined.complete(results.answer(key,
                counted(3, 0, T.plusSeconds(70), T.plusSeconds(70), null), () -> {
                    throw new AssertionError("must join the refresh in flight, not compute");
                })));
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (caller.getState() != Thread.State.WAITING) {   // parked in the join: the only wait on its path
            assertThat(System.nanoTime()).as("caller waiting for the refresh").isLessThan(deadline);
            Thread.sleep(1);
        }
        release.countDown();
        KeptResults.Result<List<FunnelStep>> answer = joined.get(10, TimeUnit.SECONDS);
        assertThat(customers(answer)).isEqualTo(2);
        assertThat(answer.dataAsOf()).isEqualTo(T.plusSeconds(30));
        assertThat(computed).hasValue(2);
    }

    @Test
    void aFunnelIsRefreshedNoMoreThanItsShareOfTheTimeUnlessItNearsMaxStale() {
        Duration maxStale = Duration.ofMinutes(1);
        KeptResults.Result<List<FunnelStep>> tookFiveSeconds = new KeptResults.Result<List<FunnelStep>>(List.of(), T, 1, 0, T, Duration.ofSeconds(5));
        assertThat(KeptResults.refreshDue(tookFiveSeconds, T.plusSeconds(19), 0.25, maxStale)).as("5 s of every 20 s at most").isFalse();
        assertThat(KeptResults.refreshDue(tookFiveSeconds, T.plusSeconds(20), 0.25, maxStale)).isTrue();
        assertThat(KeptResults.refreshDue(tookFiveSeconds, T.plusSeconds(9), 0.5, maxStale)).isFalse();
        assertThat(KeptResults.refreshDue(tookFiveSeconds, T.plusSeconds(10), 0.5, maxStale)).isTrue();
        KeptResults.Result<List<FunnelStep>> tookFiveMillis = new KeptResults.Result<List<FunnelStep>>(List.of(), T, 1, 0, T, Duration.ofMillis(5));
        assertThat(KeptResults.refreshDue(tookFiveMillis, T.plusMillis(20), 0.25, maxStale)).as("a small funnel: at once").isTrue();
        KeptResults.Result<List<FunnelStep>> tookTwentySeconds = new KeptResults.Result<List<FunnelStep>>(List.of(), T, 1, 0, T, Duration.ofSeconds(20));
        assertThat(KeptResults.refreshDue(tookTwentySeconds, T.plusSeconds(29), 0.25, maxStale)).isFalse();
        assertThat(KeptResults.refreshDue(tookTwentySeconds, T.plusSeconds(30), 0.25, maxStale))
                .as("half of max-stale old: refreshed before 80 s, so no call waits").isTrue();
    }

    @Test
    void anErasureCommittedDropsEveryKeptFunnelOfItsTenantOnlyAndARolledBackOneDropsNone() {
        String tenant = "forget-" + UUID.randomUUID();
        FunnelAnalytics.FunnelKey erased = new FunnelAnalytics.FunnelKey(tenant, UUID.randomUUID(), List.of("a"), Duration.ofDays(1),
                TimeRange.ALL, null);
        FunnelAnalytics.FunnelKey other = new FunnelAnalytics.FunnelKey("other-" + tenant, erased.journeyId(), List.of("a"),
                Duration.ofDays(1), TimeRange.ALL, null);
        results.answer(erased, counted(1, 0, T, T, null), this::compute);
        results.answer(other, counted(1, 0, T, T, null), this::compute);

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            changes.fire(new RollupsChanged(tenant));
            throw new IllegalStateException("the erasure fails after its rollups changed");
        })).hasMessageContaining("the erasure fails");
        assertThat(customers(results.answer(erased, counted(1, 0, T, T, null), this::compute))).as("rolled back: still kept").isEqualTo(1);

        QuarkusTransaction.requiringNew().run(() -> changes.fire(new RollupsChanged(tenant)));
        assertThat(customers(results.answer(erased, counted(1, 0, T, T, null), this::compute))).as("committed: computed again")
                .isEqualTo(3);
        assertThat(customers(results.answer(other, counted(1, 0, T, T, null), this::compute))).as("another tenant's: kept").isEqualTo(2);
    }

    @Test
    void whatWasAskedAgainLatelyIsRefreshedWhenDueWithoutBeingAsked() throws Exception {
        String tenant = "keep-fresh-" + UUID.randomUUID();
        TestKey asked = new TestKey(tenant, UUID.randomUUID());
        results.answer(asked, counted(1, 0, T, T, null), this::compute);
        results.answer(asked, counted(1, 0, T, T, null), this::compute);   // again: a dashboard's

        results.keepFresh(onlyFor(tenant, counted(1, 0, T.plusSeconds(40), T.plusSeconds(40), null)));
        assertThat(results.computing(asked)).as("the same version: nothing to refresh").isFalse();
        // a new version, and the last refresh took no time and is 1 s old: due
        results.keepFresh(onlyFor(tenant, counted(2, 0, T.plusSeconds(1), T.plusSeconds(1), null)));
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (results.kept(asked) == null || results.kept(asked).version() != 2) {   // the exact condition: refreshed and kept
            assertThat(System.nanoTime()).as("refreshed in the background").isLessThan(deadline);
            Thread.sleep(5);
        }
        KeptResults.Result<List<FunnelStep>> fresh = results.answer(asked, counted(2, 0, T.plusSeconds(2), T.plusSeconds(2), null), () -> {
            throw new AssertionError("kept fresh: must not compute");
        });
        assertThat(fresh.version()).isEqualTo(2);
        assertThat(customers(fresh)).isEqualTo(2);
        assertThat(fresh.dataAsOf()).isEqualTo(T.plusSeconds(2));
    }

    @Test
    void whatWasAskedOnceOrNotWithinKeepFreshIsNotRefreshed() {
        String tenant = "keep-fresh-" + UUID.randomUUID();
        TestKey once = new TestKey(tenant, UUID.randomUUID());
        results.answer(once, counted(1, 0, T, T, null), this::compute);
        results.keepFresh(onlyFor(tenant, counted(2, 0, T.plusSeconds(40), T.plusSeconds(40), null)));
        assertThat(results.computing(once)).as("due, but asked once (a range ending now, say)").isFalse();
        assertThat(computed).hasValue(1);

        TestKey asked = new TestKey(tenant, UUID.randomUUID());
        results.answer(asked, counted(1, 0, T, T, null), this::compute);
        results.answer(asked, counted(1, 0, T, T, null), this::compute);
        Instant elevenMinutesOn = T.plus(Duration.ofMinutes(11));   // keep-fresh: 10 min
        results.keepFresh(onlyFor(tenant, counted(2, 0, elevenMinutesOn, elevenMinutesOn, null)));
        // refreshing registers before it runs, and a run would have counted: neither happened
        assertThat(results.computing(asked)).isFalse();
        assertThat(computed).hasValue(2);
    }

    private record TestGroupKey(String tenant, String group, String name) implements KeptResults.GroupKey {
    }

    @Test
    void aKeyOfAGroupComputesWithEveryOtherOfItsGroupAskedLatelyAndBehindInOnePass() {
        String tenant = "groups-" + UUID.randomUUID();
        TestGroupKey a = new TestGroupKey(tenant, "journey 1", "a");
        TestGroupKey b = new TestGroupKey(tenant, "journey 1", "b");
        TestGroupKey c = new TestGroupKey(tenant, "journey 2", "c");
        List<List<String>> passes = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.function.Function<List<TestGroupKey>, List<Object>> pass = keys -> {
            passes.add(keys.stream().map(TestGroupKey::name).toList());
            return keys.stream().map(k -> (Object) (k.name() + " of pass " + passes.size())).toList();
        };
        for (TestGroupKey key : List.of(a, b, c)) {
            results.answer(key, counted(1, 0, T, T, null), pass);
        }
        assertThat(passes).as("each alone: the others were not behind").containsExactly(List.of("a"), List.of("b"), List.of("c"));

        KeptResults.Result<String> aAgain = results.answer(a, counted(2, 0, T.plusSeconds(1), T.plusSeconds(1), T.plusMillis(500)), pass);
        assertThat(aAgain.value()).isEqualTo("a of pass 4");
        assertThat(passes.getLast()).as("b with it; c is of another group").containsExactly("a", "b");
        KeptResults.Result<String> bAgain = results.answer(b, counted(2, 0, T.plusSeconds(2), T.plusSeconds(2), T.plusMillis(500)),
                keys -> {
                    throw new AssertionError("computed with a: must not compute");
                });
        assertThat(bAgain.value()).isEqualTo("b of pass 4");
        assertThat(bAgain.version()).isEqualTo(2);
        assertThat(passes).hasSize(4);
    }

    /** The watermark of {@code tenant} only: keys of other tests' tenants are left alone. */
    private static java.util.function.Function<String, Watermark> onlyFor(String tenant, Watermark watermark) {
        return asked -> asked.equals(tenant) ? watermark : null;
    }
}
