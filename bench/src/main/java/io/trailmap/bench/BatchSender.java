package io.trailmap.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code POST /interactions} of pre-encoded batches as a well-behaved sender does: a {@code 429} is
 * retried after its {@code Retry-After}, a {@code 5xx} after a second (both counted); keeps each accepted batch's latency and the
 * latest {@code acknowledgedAt} with the moment it arrived, for the lag sampler and the final drain.
 * Closed loop (n clients, each sending its next batch when the last is answered) or open loop (batches
 * sent at a fixed rate whatever the answers take).
 */
final class BatchSender {

    /** The latest acknowledgement seen: the service's {@code acknowledgedAt} and this JVM's nanoTime when it arrived. */
    record Ack(Instant at, long receivedNanos) {
    }

    private final Http touchpoints;
    private final List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
    private final AtomicLong accepted = new AtomicLong();
    private final AtomicLong backPressure = new AtomicLong();
    private final AtomicLong busy = new AtomicLong();
    private final AtomicLong rateLimited = new AtomicLong();
    private final AtomicLong retryWaitMillis = new AtomicLong();
    private final AtomicLong serverErrors = new AtomicLong();
    private volatile Ack latest;

    BatchSender(Http touchpoints) {
        this.touchpoints = touchpoints;
    }

    /** Sends one batch until it is accepted; answers how many of its events were new. */
    long send(byte[] body) {
        while (true) {
            long t = System.nanoTime();
            Http.Answer answer = touchpoints.postForAnswer("/interactions", body);
            if (answer.status() == 202) {
                latencies.add(Stats.millisSince(t));
                acknowledged(Instant.parse(answer.body().get("acknowledgedAt").asText()));
                long stored = answer.body().get("accepted").asLong();
                accepted.addAndGet(stored);
                return stored;
            }
            if (answer.status() >= 500) {   // nothing of the batch was stored (one transaction): a sender retries it
                if (serverErrors.getAndIncrement() == 0) {
                    System.out.println("POST /interactions answered " + answer.status() + " (retried after 1 s): " + answer.body());
                }
                retryWaitMillis.addAndGet(1000);
                sleep(1000);
                continue;
            }
            if (answer.status() != 429) {
                throw new IllegalStateException("POST /interactions answered " + answer.status() + ": " + answer.body());
            }
            String type = answer.body() == null || answer.body().get("type") == null ? "" : answer.body().get("type").asText();
            (type.contains("back-pressure") ? backPressure : type.endsWith("/busy") ? busy : rateLimited).incrementAndGet();
            long wait = Math.max(1, answer.retryAfterSeconds()) * 1000;
            retryWaitMillis.addAndGet(wait);
            sleep(wait);
        }
    }

    /** {@code clients} concurrent senders, each sending the next batch when its last is answered. */
    void closedLoop(List<byte[]> bodies, int clients) throws Exception {
        AtomicInteger next = new AtomicInteger();
        try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                running.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < bodies.size(); i = next.getAndIncrement()) {
                        send(bodies.get(i));
                    }
                    return null;
                }));
            }
            await(running);
        }
    }

    /** One batch every {@code batchEvents / eventsPerSecond} seconds, each on a thread of its own (open loop). */
    void openLoop(List<byte[]> bodies, int batchEvents, double eventsPerSecond) throws Exception {
        long intervalNanos = (long) (1e9 * batchEvents / eventsPerSecond);
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().factory());
        List<Future<?>> sent = new ArrayList<>();
        try (ExecutorService senders = Executors.newCachedThreadPool()) {
            List<Future<Future<?>>> scheduled = new ArrayList<>();
            for (int i = 0; i < bodies.size(); i++) {
                byte[] body = bodies.get(i);
                scheduled.add(timer.schedule(() -> senders.submit(() -> send(body)), i * intervalNanos, TimeUnit.NANOSECONDS));
            }
            for (Future<Future<?>> s : scheduled) {
                sent.add(s.get());
            }
            await(sent);
        } finally {
            timer.shutdown();
        }
    }

    private static void await(List<Future<?>> futures) throws Exception {
        for (Future<?> f : futures) {
            try {
                f.get();
            } catch (ExecutionException e) {
                throw e.getCause() instanceof Exception cause ? cause : e;
            }
        }
    }

    private synchronized void acknowledged(Instant at) {
        if (latest == null || at.isAfter(latest.at())) {
            latest = new Ack(at, System.nanoTime());
        }
    }

    Ack latest() {
        return latest;
    }

    long accepted() {
        return accepted.get();
    }

    /** 429 answers with the type {@code back-pressure} (the rollups fell behind). */
    long backPressure() {
        return backPressure.get();
    }

    /** 429 answers of type {@code busy}: the replica was storing as many batches as it takes at once. */
    long busy() {
        return busy.get();
    }

    /** 429 answers for the ingestion quota (off in the bench: should stay 0). */
    long rateLimited() {
        return rateLimited.get();
    }

    /** 5xx answers, each retried after 1 s (the service stores a batch whole or not at all, and dedupes a retry). */
    long serverErrors() {
        return serverErrors.get();
    }

    long retryWaitMillis() {
        return retryWaitMillis.get();
    }

    List<Double> latencies() {
        return List.copyOf(latencies);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
