package io.trailmap.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The lag from acknowledgement to counted, as a client sees it: every {@code every} the sampler takes the
 * latest {@code acknowledgedAt} the senders have received (if it is new) as a sample; one thread polls
 * {@code GET /analytics/freshness} every {@value #POLL_MILLIS} ms while samples are pending and completes
 * each sample whose acknowledgement its {@code dataAsOf} has reached: the sample is the time from the
 * acknowledgement's arrival to that answer's arrival. Samples overlap (a slow one does not hold the next
 * back, so long lags are not under-sampled), and the polling costs the service the same whatever the lag.
 */
final class LagSampler implements AutoCloseable {

    static final long POLL_MILLIS = 20;

    private final Http touchpoints;
    private final BatchSender sender;
    private final long everyNanos;
    private final Deque<BatchSender.Ack> pending = new ArrayDeque<>();
    private final List<Double> lags = new ArrayList<>();
    private final Thread thread;
    private volatile boolean sampling = true;
    private volatile RuntimeException failed;
    private int failedPolls;

    private LagSampler(Http touchpoints, BatchSender sender, Duration every) {
        this.touchpoints = touchpoints;
        this.sender = sender;
        this.everyNanos = every.toNanos();
        this.thread = Thread.ofPlatform().daemon().name("lag-sampler").start(this::run);
    }

    static LagSampler start(Http touchpoints, BatchSender sender, Duration every) {
        return new LagSampler(touchpoints, sender, every);
    }

    private void run() {
        long nextSample = System.nanoTime() + everyNanos;
        BatchSender.Ack sampled = null;
        try {
            while (sampling || !pending.isEmpty()) {
                if (sampling && System.nanoTime() >= nextSample) {
                    nextSample += everyNanos;
                    BatchSender.Ack ack = sender.latest();
                    if (ack != null && !ack.equals(sampled)) {
                        pending.addLast(ack);
                        sampled = ack;
                    }
                }
                if (!pending.isEmpty()) {
                    Http.Answer answer = touchpoints.getForAnswer("/analytics/freshness");
                    long arrived = System.nanoTime();
                    if (answer.status() == 200) {
                        Instant dataAsOf = Instant.parse(answer.body().get("dataAsOf").asText());
                        while (!pending.isEmpty() && !dataAsOf.isBefore(pending.peekFirst().at())) {
                            lags.add((arrived - pending.removeFirst().receivedNanos()) / 1e6);
                        }
                    } else if (failedPolls++ == 0) {
                        System.out.println("GET /analytics/freshness answered " + answer.status() + " (polled again): " + answer.body());
                    }
                }
                Thread.sleep(POLL_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            failed = e;
        }
    }

    /** Stops taking samples, lets the pending ones complete; answers every sample in milliseconds. */
    List<Double> stop() throws InterruptedException {
        sampling = false;
        thread.join(Duration.ofMinutes(2));
        if (failed != null) {
            throw failed;
        }
        if (thread.isAlive()) {
            throw new IllegalStateException("lag samples still pending after 2 minutes");
        }
        return List.copyOf(lags);
    }

    @Override
    public void close() {
        sampling = false;
        thread.interrupt();
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
