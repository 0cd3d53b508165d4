package io.trailmap.e2e;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLEnumValueDefinition;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLType;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * Seeded hostile GraphQL requests (HTTP bodies) for the gateway: operations of its schema with
 * malicious variables, corrupted documents, alias floods, deep and cyclic queries, unknown fields,
 * arguments and directives, type confusion and broken envelopes. Ids of the tenant's own records
 * appear in record-addressing arguments so that hostile calls reach real data, but never with a
 * version that would let an update through (nor in publishJourney, where the id alone is a valid request).
 */
final class HostileGraphQL {

    /** A request: the body, its content type, and what it is (for a failure message). */
    record Request(String body, String contentType, String kind) {
    }

    static final List<String> STRINGS = List.of("", " ", "null", "undefined", "NaN", "-1", "1e309", "' OR '1'='1",
            "\"; DROP TABLE journeys; --", "{\"$gt\": \"\"}", "$where", "<script>alert(1)</script>", "../../etc/passwd", "%00",
            "\u0000", "a\u0000b", "\uD800", "x\uDC00", "\uFFFF", "🦄🔥", "ＡＢＣ", "ñ\u0301", "\u202Eevil", "a".repeat(10_000), "2026-13-45T25:61:00Z",
            "P-1D", "not-a-uuid", "00000000-0000-0000-0000-000000000000", "${jndi:ldap://x}", "\\", "\r\n", "9".repeat(400),
            "__typename", "\"\"\"", "# comment", "$id", "@skip(if: true)", "query { __schema { types { name } } }", "CURRENT_STATE_");
    private static final List<Object> NUMBERS = List.of(-1, -2147483648, 2147483647, 999_999_999, 9_223_372_036_854_775_807L,
            1e308, -0.0, 1.5, "7", "NaN", true);
    /** Arguments through which a hostile call may address the tenant's own records. */
    private static final Set<String> RECORD_ARGUMENTS = Set.of("id", "journeyId", "touchpointId");
    private static final Set<String> RECORD_FIELDS = Set.of("Query.journey", "Query.journeyInsights", "Query.funnel",
            "Query.attribution", "Query.feedbackSummary", "Query.customer", "Mutation.updateJourney", "Mutation.linkTouchpoint",
            "Mutation.updateFollowUp");
    /** Writes every non-ASCII character as an escape, so a lone surrogate arrives as the {@code \\uD800} it is (UTF-8 would make it '?'). */
    private static final ObjectMapper JSON = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

    private final Random random;
    private final GraphSchema schema;
    private final List<String> rootFields;
    private final List<String> ownIds;

    HostileGraphQL(long seed, GraphSchema schema, TenantData data) {
        this.random = new Random(seed);
        this.schema = schema;
        this.rootFields = new ArrayList<>(schema.rootFields());
        this.ownIds = List.of(data.journeyId(), data.touchpointId(), data.followUpId(), data.customerId(), data.personaId());
    }

    Request next() {
        int kind = random.nextInt(100);
        if (kind < 40) {
            return hostileVariables();
        } else if (kind < 50) {
            return json(corrupted(validOperation()), Map.of(), "corrupted document");
        } else if (kind < 58) {
            return inlineLiteral();
        } else if (kind < 62) {
            // mostly past the complexity limit (refused before any work); sometimes below it, where each alias is a call
            int count = random.nextInt(10) == 0 ? 20 + random.nextInt(100) : 700 + random.nextInt(1_000);
            return json("{ " + aliases(count) + " }", Map.of(), "alias flood");
        } else if (kind < 66) {
            int depth = 20 + random.nextInt(3_000);
            return json("{ journeys " + "{ edges { node ".repeat(1) + "{ a ".repeat(depth) + "}".repeat(depth + 3) + " }", Map.of(), "deep query");
        } else if (kind < 69) {
            return json("query { ...A } fragment A on Query { ...B personas { edges { node { id } } } } fragment B on Query { ...A }", Map.of(), "fragment cycle");
        } else if (kind < 73) {
            return json("{ journey(id: \"" + pick(ownIds) + "\", evil: 1) { id nope __typename stages { unknown } } personas(first: -1) { edges { node { id } } } }",
                    Map.of(), "unknown fields and arguments");
        } else if (kind < 76) {
            return json("query A { personas { edges { node { id } } } } query B { touchpoints { edges { node { id } } } } mutation C { createPersona(input: {name: \"x\", segment: B2B}) { id } }",
                    Map.of(), "several operations without a name");
        } else if (kind < 79) {
            return json("query($x: Boolean!) { personas @include(if: $x) @evil(level: 9) { edges { node { id @skip(if: \"yes\") } } } }",
                    Map.of("x", pick(NUMBERS)), "directives");
        } else if (kind < 84) {
            return typeConfusion();
        } else {
            return envelope();
        }
    }

    /** A schema-valid operation whose variables are hostile values of (or against) their declared types. */
    private Request hostileVariables() {
        String field = pick(rootFields);
        Map<String, GraphQLType> arguments = schema.arguments(field);
        Map<String, Object> variables = new LinkedHashMap<>();
        arguments.forEach((name, type) -> {
            if (random.nextInt(8) > 0) {
                variables.put(name, value(type, 0, RECORD_FIELDS.contains(field) && RECORD_ARGUMENTS.contains(name)));
            }
        });
        return json(schema.operation(field, variables.keySet(), new HashSet<>()), variables, "hostile variables for " + field);
    }

    private Object value(GraphQLType type, int depth, boolean mayBeOwnId) {
        if (depth > 6) {
            return null;
        }
        if (type instanceof GraphQLNonNull nonNull) {
            return random.nextInt(10) == 0 ? null : value(nonNull.getWrappedType(), depth, mayBeOwnId);
        }
        if (type instanceof GraphQLList list) {
            return switch (random.nextInt(6)) {
                case 0 -> List.of();
                case 1 -> depth > 0 ? List.of() : Collections.nCopies(2_000 + random.nextInt(3_000), value(list.getWrappedType(), depth + 1, false));
                case 2 -> value(list.getWrappedType(), depth + 1, false);
                default -> {
                    List<Object> items = new ArrayList<>();
                    for (int i = random.nextInt(4); i >= 0; i--) {
                        items.add(value(list.getWrappedType(), depth + 1, false));
                    }
                    yield items;
                }
            };
        }
        if (type instanceof GraphQLEnumType enumType) {
            List<GraphQLEnumValueDefinition> values = enumType.getValues();
            return switch (random.nextInt(4)) {
                case 0 -> "NOT_" + values.getFirst().getName();
                case 1 -> values.get(random.nextInt(values.size())).getName().toLowerCase();
                case 2 -> pick(NUMBERS);
                default -> values.get(random.nextInt(values.size())).getName();
            };
        }
        if (type instanceof GraphQLInputObjectType input) {
            if (random.nextInt(10) == 0) {
                return pick(STRINGS);
            }
            Map<String, Object> object = new LinkedHashMap<>();
            for (GraphQLInputObjectField field : input.getFieldDefinitions()) {
                if (random.nextInt(5) > 0) {
                    object.put(field.getName(), value(field.getType(), depth + 1, false));
                }
            }
            if (random.nextInt(6) == 0) {
                object.put(pick(STRINGS).length() > 40 ? "extra" : "unknownField", pick(STRINGS));
            }
            return object;
        }
        GraphQLScalarType scalar = (GraphQLScalarType) type;
        return switch (scalar.getName()) {
            case "Int", "Float", "BigInteger", "BigDecimal", "Long" -> pick(NUMBERS);
            case "Boolean" -> random.nextBoolean() ? "true" : 1;
            default -> mayBeOwnId && random.nextInt(3) == 0 ? pick(ownIds)
                    : random.nextInt(6) == 0 ? UUID.randomUUID().toString() : random.nextInt(10) == 0 ? pick(NUMBERS) : pick(STRINGS);
        };
    }

    private String validOperation() {
        String field = pick(rootFields);
        return schema.operation(field, Set.of(), new HashSet<>());
    }

    private String corrupted(String document) {
        StringBuilder text = new StringBuilder(document);
        for (int i = 1 + random.nextInt(4); i > 0 && !text.isEmpty(); i--) {
            int at = random.nextInt(text.length());
            switch (random.nextInt(4)) {
                case 0 -> text.setLength(at);
                case 1 -> text.insert(at, "{}()[]:$@!\"\\#…".charAt(random.nextInt(14)));
                case 2 -> text.deleteCharAt(at);
                default -> {
                    String inserted = pick(STRINGS);
                    text.insert(at, inserted.substring(0, Math.min(50, inserted.length())));
                }
            }
        }
        return text.toString();
    }

    /** A hostile string written into the document itself, as an argument literal. */
    private Request inlineLiteral() {
        String literal = quoted(pick(STRINGS));
        String document = switch (random.nextInt(4)) {
            case 0 -> "{ journeys(filter: {q: " + literal + "}) { edges { node { id name } } } }";
            case 1 -> "{ journey(id: " + literal + ") { id } }";
            case 2 -> "{ customer(id: " + literal + ") { id timeline { edges { node { eventId } } } feedback { edges { node { responseId } } } } }";
            default -> "mutation { createPersona(input: {name: " + literal + ", segment: B2B, quote: " + literal + "}) { id } }";
        };
        return json(random.nextBoolean() ? document : document.replace("\"", "\"\"\""), Map.of(), "inline literal");
    }

    private Request typeConfusion() {
        String operation = "mutation($input: JourneyInput!) { createJourney(input: $input) { id } }";
        if (random.nextInt(4) == 0) {
            int depth = 1_000 + random.nextInt(4_000);
            return new Request("{\"query\": " + quoted(operation) + ", \"variables\": {\"input\": " + "{\"stages\": ".repeat(depth) + "{}"
                    + "}".repeat(depth) + "}}", "application/json", "deeply nested variables");
        }
        Object variable = switch (random.nextInt(3)) {
            case 0 -> "x".repeat(100_000);
            case 1 -> Collections.nCopies(10_000, Map.of("name", "x"));
            default -> pick(NUMBERS);
        };
        return json(operation, Map.of("input", variable), "type confusion");
    }

    private Request envelope() {
        String valid = "{ personas { edges { node { id } } } }";
        return switch (random.nextInt(10)) {
            case 0 -> new Request("not json at all", "application/json", "not JSON");
            case 1 -> new Request("{\"query\": 5}", "application/json", "query not a string");
            case 2 -> new Request("{\"query\": null}", "application/json", "null query");
            case 3 -> new Request("{\"query\": \"" + valid + "\", \"variables\": \"x\"}", "application/json", "variables not an object");
            case 4 -> new Request("[{\"query\": \"" + valid + "\"}, {\"query\": \"" + valid + "\"}]", "application/json", "batch array");
            case 5 -> new Request("", "application/json", "empty body");
            case 6 -> new Request("query=" + valid, "application/x-www-form-urlencoded", "form body");
            case 7 -> new Request("{\"query\": \"" + valid + "\", \"operationName\": \"Nope\"}", "application/json", "unknown operation name");
            case 8 -> new Request("{\"query\": \"" + valid + "\", \"extensions\": {\"persistedQuery\": {\"version\": 1, \"sha256Hash\": \"abc\"}}}",
                    "application/json", "persisted query");
            default -> new Request("[" + "[".repeat(5_000) + "]".repeat(5_000) + "]", "application/json", "deep JSON");
        };
    }

    private String aliases(int count) {
        StringBuilder aliases = new StringBuilder();
        for (int i = 0; i < count; i++) {
            aliases.append("a").append(i).append(": personas { edges { node { id name } } } ");
        }
        return aliases.toString();
    }

    private static String quoted(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Request json(String query, Map<String, Object> variables, String kind) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", query);
        body.put("variables", variables);
        try {
            return new Request(JSON.writeValueAsString(body), "application/json", kind);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}
