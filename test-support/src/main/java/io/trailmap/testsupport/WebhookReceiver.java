package io.trailmap.testsupport;

import com.sun.net.httpserver.HttpServer;
import io.trailmap.webhooks.WebhookSignature;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local webhook endpoint for tests: records every request's Standard Webhooks headers and body and
 * answers with the statuses it is told to, in turn (the last one repeats).
 */
public final class WebhookReceiver implements AutoCloseable {

    /** One request as it arrived. */
    public record Received(String id, String timestamp, String signature, String body) {

        /** True when the signature verifies with the subscription's secret (and the timestamp is fresh). */
        public boolean signedWith(String secret) {
            return WebhookSignature.withSecret(secret).verify(id, timestamp, body, signature, Instant.now(), Duration.ofMinutes(5));
        }
    }

    /** The statuses to answer in turn, and how many of them were answered: replaced as one. */
    private record Answers(int[] statuses, AtomicInteger answered) {
        int next() {
            return statuses[Math.min(answered.getAndIncrement(), statuses.length - 1)];
        }
    }

    private final HttpServer server;
    /** This receiver's own path: a service still retrying for an earlier receiver on the same port reaches nothing here. */
    private final String path = "/hook/" + UUID.randomUUID();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile Answers answers = new Answers(new int[] {200}, new AtomicInteger());

    private WebhookReceiver(HttpServer server) {
        this.server = server;
    }

    /** Listening on a free loopback port. */
    public static WebhookReceiver start() {
        try {
            WebhookReceiver receiver = new WebhookReceiver(HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0));
            receiver.server.createContext(receiver.path, exchange -> {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                var headers = exchange.getRequestHeaders();
                receiver.received.add(new Received(headers.getFirst("webhook-id"), headers.getFirst("webhook-timestamp"),
                        headers.getFirst("webhook-signature"), body));
                exchange.sendResponseHeaders(receiver.answers.next(), -1);
                exchange.close();
            });
            receiver.server.start();
            return receiver;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** The statuses of the next answers, in turn; the last one repeats. */
    public void answer(int... statuses) {
        answers = new Answers(statuses.clone(), new AtomicInteger());
    }

    public List<Received> received() {
        return received;
    }

    public int calls() {
        return received.size();
    }

    /** Waits until at least {@code count} requests arrived. */
    public List<Received> await(int count) {
        Eventually.until(received::size, n -> n >= count, Duration.ofSeconds(30), count + " webhook deliveries");
        return List.copyOf(received);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
