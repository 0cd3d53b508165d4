package io.trailmap.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Calls to a service as one tenant with one token (HTTP/1.1, as CRM integrations call). */
final class Http {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private final String base;
    private final String token;

    Http(String base, String token) {
        this.base = base;
        this.token = token;
    }

    JsonNode get(String path) {
        return send(request(path).GET().build(), 200);
    }

    JsonNode post(String path, Object body, int expected) {
        try {
            byte[] bytes = body instanceof byte[] b ? b : JSON.writeValueAsBytes(body);
            return send(request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build(),
                    expected);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A POST of a file (CSV, NDJSON) as it is. */
    JsonNode postFile(String path, String contentType, byte[] file, int expected) {
        return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(file)).build(), expected);
    }

    /** An answer whatever its status: the body (null when empty or not JSON) and the Retry-After seconds (0 when absent). */
    record Answer(int status, JsonNode body, long retryAfterSeconds) {
    }

    /** A POST of a pre-encoded JSON body that answers whatever status comes back (429 and 503 are for the caller to handle). */
    Answer postForAnswer(String path, byte[] body) {
        return answer(request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    /** A GET that answers whatever status comes back. */
    Answer getForAnswer(String path) {
        return answer(request(path).GET().build());
    }

    private static Answer answer(HttpRequest request) {
        try {
            HttpResponse<byte[]> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
            JsonNode body = null;
            if (response.body().length > 0) {
                try {
                    body = JSON.readTree(response.body());
                } catch (IOException notJson) {
                    // left null
                }
            }
            long retryAfter = response.headers().firstValue("Retry-After").map(v -> Long.parseLong(v.strip())).orElse(0L);
            return new Answer(response.statusCode(), body, retryAfter);
        } catch (IOException e) {
            throw new IllegalStateException(request.uri() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The raw text of a GET (e.g. /q/metrics). */
    String text(String path) {
        try {
            return CLIENT.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token).timeout(Duration.ofMinutes(5));
    }

    private static JsonNode send(HttpRequest request, int expected) {
        try {
            HttpResponse<byte[]> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != expected) {
                throw new IllegalStateException(request.method() + " " + request.uri() + " answered " + response.statusCode() + ": "
                        + new String(response.body()));
            }
            return response.body().length == 0 ? null : JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(request.uri() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
