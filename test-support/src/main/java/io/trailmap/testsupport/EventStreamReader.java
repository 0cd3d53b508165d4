package io.trailmap.testsupport;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A server-sent-events client for tests: opens a stream, collects its events on a thread of its own,
 * and waits, with a deadline, for the exact events a test then asserts.
 */
public final class EventStreamReader implements AutoCloseable {

    /** One event: its id, type ({@code event:}) and data. */
    public record Event(String id, String type, String data) {
    }

    private final HttpResponse<InputStream> response;
    private final List<Event> received = new ArrayList<>();
    private final Thread reader;

    private EventStreamReader(HttpResponse<InputStream> response) {
        this.response = response;
        // a refused stream's body is a problem, read by refusal()
        this.reader = response.statusCode() == 200 ? Thread.ofPlatform().daemon().name("sse-reader").start(this::read) : null;
    }

    /** Opens {@code url} with the headers given; answers once the service has answered the request (status and headers). */
    public static EventStreamReader open(String url, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/event-stream").timeout(Duration.ofSeconds(10));
        headers.forEach(request::header);
        try {
            return new EventStreamReader(HttpClient.newHttpClient().send(request.GET().build(), HttpResponse.BodyHandlers.ofInputStream()));
        } catch (java.io.IOException e) {
            throw new AssertionError("could not open " + url, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted opening " + url, e);
        }
    }

    public int status() {
        return response.statusCode();
    }

    /** The body of a stream that was refused (a problem), read to its end. */
    public String refusal() {
        try (InputStream body = response.body()) {
            return new String(body.readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    private void read() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            String id = null;
            String type = null;
            StringBuilder data = new StringBuilder();
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isEmpty()) {
                    if (!data.isEmpty() || type != null) {
                        add(new Event(id, type, data.toString()));
                    }
                    type = null;
                    data.setLength(0);
                } else if (line.startsWith("id:")) {
                    id = line.substring(3).strip();
                } else if (line.startsWith("event:")) {
                    type = line.substring(6).strip();
                } else if (line.startsWith("data:")) {
                    data.append(data.isEmpty() ? "" : "\n").append(line.substring(5).stripLeading());
                }
            }
        } catch (java.io.IOException e) {
            // closed by the test or the service
        }
    }

    private synchronized void add(Event event) {
        received.add(event);
        notifyAll();
    }

    /** Every event received so far. */
    public synchronized List<Event> events() {
        return List.copyOf(received);
    }

    /** Waits until the events received satisfy {@code done}, then answers them; fails after {@code timeout} showing them. */
    public synchronized List<Event> awaitEvents(Predicate<List<Event>> done, Duration timeout, String what) {
        Instant deadline = Instant.now().plus(timeout);
        while (!done.test(List.copyOf(received))) {
            long left = Duration.between(Instant.now(), deadline).toMillis();
            if (left <= 0) {
                throw new AssertionError("timed out after " + timeout + " waiting for " + what + "; received: " + received);
            }
            try {
                wait(Math.min(left, 200));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for " + what, e);
            }
        }
        return List.copyOf(received);
    }

    @Override
    public void close() {
        try {
            response.body().close();
        } catch (java.io.IOException ignored) {
            // already closed
        }
        try {
            if (reader != null) {
                reader.join(TimeUnit.SECONDS.toMillis(5));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
