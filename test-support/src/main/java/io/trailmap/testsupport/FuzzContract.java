package io.trailmap.testsupport;

import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile input for every operation of a service's OpenAPI document, seeded and reproducible:
 * broken and deeply nested JSON, wrong types, huge strings and arrays, unicode edge cases (NUL and
 * unpaired surrogates among them), injection strings, invalid ids, dates and numbers, unknown enum
 * values, oversized bodies, in body values and keys, query parameters and path segments. Every
 * answer must be a 4xx problem+json (or a success for what is harmlessly valid) — never a 5xx — and
 * the tenant's stored data must read the same afterwards. {@code -Dtrailmap.fuzz.requests=N} sets the volume (default 4 000:
 * the suite's budget) and {@code -Dtrailmap.fuzz.seed=S} another sequence, for longer or different runs than CI's.
 */
public abstract class FuzzContract {

    private static final List<String> STRINGS = List.of("", " ", "null", "undefined", "NaN", "-1", "1e309", "0x7fffffff",
            "' OR '1'='1", "\"; DROP TABLE interactions; --", "{\"$gt\": \"\"}", "$where", "<script>alert(1)</script>",
            "../../etc/passwd", "%00", "\u0000", "a\u0000b", "\uD800", "x\uDC00", "end\uD83E", "\uDD84\uD83E", "\uFFFF", "🦄🔥",
            "ＡＢＣ", "ñ\u0301", "\u202Eevil", "a".repeat(10_000),
            "2026-13-45T25:61:00Z", "P-1D", "PT99999999999999H", "not-a-uuid", "00000000-0000-0000-0000-000000000000",
            "CURRENT_STATE_", "promoter", "${jndi:ldap://x}", "\\", "\r\n", "9".repeat(400));
    private static final List<String> FIELDS = List.of("name", "journeyId", "stageKey", "touchpointId", "customerId", "eventId",
            "responseId", "kind", "score", "comment", "occurredAt", "submittedAt", "publishedAt", "rating", "source", "channel",
            "funnelPosition", "mapType", "segment", "stages", "links", "keys", "funnels", "touchpointIds", "status", "phase",
            "position", "emotion", "painPoints", "value", "currency", "language", "questions", "window", "from", "to", "version");

    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{[^}]*}");

    private final long seed = Long.getLong("trailmap.fuzz.seed", 20261125L);
    private final Random random = new Random(seed);

    /** The tenant the fuzzing writes into. */
    protected String tenant() {
        return "fuzz";
    }

    /** Stores the data the fuzzing must leave as it is (through the API, as {@link #tenant()}'s admin). */
    protected abstract void seed(String bearer);

    private List<String[]> operations() {
        return OpenApiOperations.list().stream().map(operation -> operation.split(" ", 2)).toList();
    }

    /** What the tenant's list endpoints answer: compared before and after the fuzzing. */
    private Map<String, String> snapshot(List<String[]> operations) {
        Map<String, String> lists = new LinkedHashMap<>();
        for (String[] op : operations) {
            // audit lists record every (valid) erasure request by design; analytics are derived
            if (op[0].equals("GET") && !op[1].contains("{") && !op[1].startsWith("/analytics") && !op[1].startsWith("/feedback/summary")
                    && !op[1].startsWith("/audit")) {
                lists.put(op[1], given().header("Authorization", TestTokens.bearer(tenant(), "admin")).get(op[1]).asString());
            }
        }
        return lists;
    }

    @Test
    void hostileRequestsAreRefusedCleanlyAndChangeNothing() {
        int volume = Integer.getInteger("trailmap.fuzz.requests", 4_000);
        List<String[]> operations = operations();
        String token = TestTokens.bearer(tenant(), "admin");
        seed(token);
        Map<String, String> before = snapshot(operations);
        assertThat(before.values()).as("seeded data to protect").anyMatch(list -> list.contains("\"id\""));
        List<String> failures = new ArrayList<>();
        RestAssuredConfig config = RestAssuredConfig.config().encoderConfig(io.restassured.config.EncoderConfig.encoderConfig()
                .appendDefaultContentCharsetToContentTypeIfUndefined(false));
        for (int i = 0; i < volume && failures.size() < 20; i++) {
            String[] op = operations.get(random.nextInt(operations.size()));
            // each path parameter on its own: a hostile deliveryId only gets past a well-formed subscription id
            String path = PATH_PARAMETER.matcher(op[1]).replaceAll(parameter -> Matcher.quoteReplacement(segment()));
            String body = body();
            RequestSpecification request = given().config(config).header("Authorization", token)
                    .contentType(op[0].equals("PATCH") ? "application/merge-patch+json" : "application/json")
                    .header("If-Match", "\"" + random.nextInt(3) + "\"")
                    .urlEncodingEnabled(true);
            for (int q = random.nextInt(3); q > 0; q--) {
                request.queryParam(pick(FIELDS), pick(STRINGS));
            }
            Response response;
            try {
                response = switch (op[0]) {
                    case "GET" -> request.get(path);
                    case "DELETE" -> request.delete(path);
                    case "POST" -> request.body(body).post(path);
                    case "PUT" -> request.body(body).put(path);
                    default -> request.body(body).patch(path);
                };
            } catch (IllegalArgumentException unsendable) {
                continue;   // a path the HTTP client itself cannot form
            } catch (Exception closed) {
                // the server refused an over-long line or body and closed the connection: fine if it still serves
                given().get("/q/health/live").then().statusCode(200);
                continue;
            }
            int status = response.statusCode();
            String type = response.contentType();
            // 414/431 come from the HTTP codec itself, before any application code: a clean refusal without a body
            boolean codecRefusal = status == 414 || status == 431;
            if (status >= 500 || (status >= 400 && status != 405 && !codecRefusal && !type.startsWith("application/problem+json"))) {
                failures.add(printable(op[0] + " " + path + " with " + body, 300) + " → " + status + " " + type + " "
                        + printable(response.asString(), 300));
            }
        }
        assertThat(failures).as("hostile requests of seed %d answered wrongly", seed).isEmpty();
        assertThat(snapshot(operations)).isEqualTo(before);
    }

    private static String printable(String text, int max) {
        String clean = text.replaceAll("[\\p{Cntrl}\\p{Cs}]", "?");
        return clean.length() <= max ? clean : clean.substring(0, max) + "…";
    }

    private String segment() {
        return switch (random.nextInt(6)) {
            case 0 -> "not-a-uuid";
            case 1 -> java.util.UUID.randomUUID().toString();
            case 2 -> "%E2%80%AE" + random.nextInt(1000);
            case 3 -> "x".repeat(300);
            case 4 -> random.nextBoolean() ? "\u0000" : "id\u0000" + random.nextInt(1000);   // sent as %00
            default -> "9".repeat(1 + random.nextInt(30));
        };
    }

    private String body() {
        return switch (random.nextInt(10)) {
            case 0 -> "{\"name\": ";
            case 1 -> "[" + "[".repeat(2_000) + "]".repeat(2_000) + "]";
            case 2 -> "{\"" + pick(FIELDS) + "\": " + value(0) + "}";
            case 3 -> "[" + String.join(",", java.util.Collections.nCopies(1 + random.nextInt(3), object())) + "]";
            case 4 -> object();
            case 5 -> jsonString(pick(STRINGS));
            case 6 -> "[" + "1,".repeat(20_000) + "1]";
            case 7 -> random.nextBoolean() ? "{\"" + "k".repeat(5_000) + "\": 1}"
                    : "{" + jsonString(pick(STRINGS)) + ": " + value(0) + "}";
            case 8 -> "not json at all";
            default -> "";
        };
    }

    private String object() {
        StringBuilder json = new StringBuilder("{");
        int fields = 1 + random.nextInt(6);
        for (int f = 0; f < fields; f++) {
            json.append(f == 0 ? "" : ",").append('"').append(pick(FIELDS)).append("\":").append(value(0));
        }
        return json.append('}').toString();
    }

    private String value(int depth) {
        return switch (random.nextInt(depth > 3 ? 7 : 9)) {
            case 0 -> "null";
            case 1 -> String.valueOf(random.nextLong());
            case 2 -> random.nextBoolean() ? "-1" : "1e308";
            case 3 -> "true";
            case 4, 5 -> jsonString(pick(STRINGS));
            case 6 -> "\"" + java.util.UUID.randomUUID() + "\"";
            case 7 -> "[" + value(depth + 1) + "," + value(depth + 1) + "]";
            default -> "{" + jsonString(random.nextInt(8) == 0 ? pick(STRINGS) : pick(FIELDS)) + ":" + value(depth + 1) + "}";
        };
    }

    /**
     * A JSON string literal of {@code text} with every control character and every surrogate escaped:
     * a lone surrogate reaches the service as the {@code \\uD800} a JSON library writes (raw, UTF-8 would send '?').
     */
    private static String jsonString(String text) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c < 0x20 || Character.isSurrogate(c)) {
                json.append(String.format("\\u%04X", (int) c));
            } else {
                json.append(c);
            }
        }
        return json.append('"').toString();
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}
