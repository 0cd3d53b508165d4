package io.trailmap.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The lag from acknowledgement to counted, as a client sees it: every {@code every} the sampler takes
 * the latest {@code acknowledgedAt} the senders have received (if it is new) and asks
 * {@code GET /analytics/freshness?minDataAsOf=<it>} — the service answers once its {@code dataAsOf}
 * has reached it (it re-reads the watermark every 20 ms), or 503 after its max wait, then the sampler
 * asks again. A sample is the time from the acknowledgement's arrival to that answer's arrival.
 * Samples overlap: a slow one does not hold the next back.
 */
final class LagSampler implements AutoCloseable {

    private final Http touchpoints;
    private final BatchSender sender;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().factory());
    private final ExecutorService waiters = Executors.newCachedThreadPool(Thread.ofPlatform().daemon().factory());
    private final List<Double> lags = Collections.synchronizedList(new ArrayList<>());
    private BatchSender.Ack sampled;

    private LagSampler(Http touchpoints, BatchSender sender) {
        this.touchpoints = touchpoints;
        this.sender = sender;
    }

    static LagSampler start(Http touchpoints, BatchSender sender, Duration every) {
        LagSampler sampler = new LagSampler(touchpoints, sender);
        sampler.timer.scheduleAtFixedRate(sampler::sample, every.toNanos(), every.toNanos(), TimeUnit.NANOSECONDS);
        return sampler;
    }

    private void sample() {
        BatchSender.Ack ack = sender.latest();
        if (ack == null || ack.equals(sampled)) {
            return;
        }
        sampled = ack;
        waiters.submit(() -> {
            awaitCounted(touchpoints, ack.at());
            lags.add(Stats.millisSince(ack.receivedNanos()));
        });
    }

    /** Stops sampling, lets the samples under way finish; answers every sample in milliseconds. */
    List<Double> stop() throws InterruptedException {
        timer.shutdownNow();
        waiters.shutdown();
        if (!waiters.awaitTermination(2, TimeUnit.MINUTES)) {
            throw new IllegalStateException("lag samples still waiting after 2 minutes");
        }
        return List.copyOf(lags);
    }

    @Override
    public void close() {
        timer.shutdownNow();
        waiters.shutdownNow();
    }

    /** Waits until the service counts everything acknowledged up to {@code at} (its dataAsOf has reached it). */
    static void awaitCounted(Http touchpoints, Instant at) {
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        while (System.nanoTime() < deadline) {
            Http.Answer answer = touchpoints.getForAnswer("/analytics/freshness?minDataAsOf=" + at);
            if (answer.status() == 200) {
                JsonNode dataAsOf = answer.body().get("dataAsOf");
                if (!Instant.parse(dataAsOf.asText()).isBefore(at)) {
                    return;
                }
                throw new IllegalStateException("freshness answered dataAsOf " + dataAsOf + " before minDataAsOf " + at);
            }
            if (answer.status() != 503) {
                throw new IllegalStateException("GET /analytics/freshness answered " + answer.status() + ": " + answer.body());
            }
        }
        throw new IllegalStateException("events acknowledged up to " + at + " not counted after 10 minutes");
    }
}
