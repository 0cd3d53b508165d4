package io.trailmap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A CRM's batch sender: posts each batch until it is acknowledged (202), retrying unanswered or
 * failed ones as a real integration would, and keeps every acknowledgement.
 */
final class RetryingClient implements Runnable {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The answer that finally acknowledged a batch, how many attempts it took, and when it was acknowledged (if it says). */
    record Ack(int batch, int accepted, int duplicates, int attempts, Instant acknowledgedAt) {
    }

    // HTTP/1.1 as CRM integrations speak it (as ServiceClient: an h2c upgrade right after a start can hang)
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();
    private final String url;
    private final String token;
    private final List<String> batches;
    private final Duration interval;
    final ConcurrentLinkedQueue<Ack> acks = new ConcurrentLinkedQueue<>();
    final AtomicInteger acknowledged = new AtomicInteger();
    volatile Throwable failure;

    RetryingClient(String url, String token, List<String> batches) {
        this(url, token, batches, Duration.ZERO);
    }

    /**
     * A sender that flushes a batch every {@code interval}, as a tracker does: batch k goes no earlier than k
     * intervals after the start; what falls behind while the service is down goes as soon as it is back.
     */
    RetryingClient(String url, String token, List<String> batches, Duration interval) {
        this.url = url;
        this.token = token;
        this.batches = batches;
        this.interval = interval;
    }

    @Override
    public void run() {
        try {
            long start = System.nanoTime();
            for (int b = 0; b < batches.size(); b++) {
                long due = start + b * interval.toNanos() - System.nanoTime();
                if (due > 0) {
                    Thread.sleep(Duration.ofNanos(due));   // the sender's schedule
                }
                send(b);
            }
        } catch (Throwable e) {
            failure = e;
        }
    }

    private void send(int batch) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        for (int attempt = 1; Instant.now().isBefore(deadline); attempt++) {
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                        .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(batches.get(batch))).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 202) {
                    JsonNode answer = JSON.readTree(response.body());
                    acks.add(new Ack(batch, answer.get("accepted").asInt(), answer.get("duplicates").asInt(), attempt,
                            answer.hasNonNull("acknowledgedAt") ? Instant.parse(answer.get("acknowledgedAt").asText()) : null));
                    acknowledged.incrementAndGet();
                    return;
                }
                if (response.statusCode() < 500 && response.statusCode() != 429) {
                    throw new IllegalStateException("batch " + batch + " refused: " + response.statusCode() + " " + response.body());
                }
            } catch (IOException unanswered) {
                // connection refused or reset: the service is down; retry
            }
            Thread.sleep(300);
        }
        throw new IllegalStateException("batch " + batch + " never acknowledged");
    }
}
