package io.trailmap.gateway.graph;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.language.SourceLocation;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The GraphQL documents the gateway has seen parse, by the SHA-256 of their text: they serve
 * Automatic Persisted Queries (a client sends {@code extensions.persistedQuery.sha256Hash} alone
 * and gets {@code PersistedQueryNotFound} until it has sent the document once with its hash), and
 * a document that does not parse is answered with the parser's message and place instead of the
 * engine's bare "Unparseable input document". Each distinct document is parsed here once. The
 * store is bounded by the characters it holds; documents are the same for every tenant, so it is
 * shared (a hash reveals only a document its sender already knows).
 */
@ApplicationScoped
public class GraphQLDocuments {

    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

    /** What a request's document turned out to be. */
    public sealed interface Resolution {
        /** The document to run; {@code fromStore} when the request held only its hash. */
        record Ready(String query, boolean fromStore) implements Resolution {
        }

        /** The hash names no document the gateway holds: the client must send it with the document. */
        record NotFound() implements Resolution {
        }

        /** The request itself is wrong (a hash of another document, an unknown protocol version). */
        record Refused(String problem) implements Resolution {
        }

        /** The document does not parse: the parser's message, and where (null when it names no place). */
        record Unparseable(String message, SourceLocation location) implements Resolution {
        }
    }

    private final Cache<String, String> byHash;

    public GraphQLDocuments(@ConfigProperty(name = "trailmap.graphql.documents.max-chars", defaultValue = "16000000") long maxChars) {
        this.byHash = Caffeine.newBuilder().maximumWeight(maxChars)
                .weigher((String hash, String query) -> hash.length() + query.length()).build();
    }

    /** Resolves the document of a request whose envelope is sound (its {@code query} a string, or absent with a hash). */
    public Resolution resolve(ObjectNode request) {
        JsonNode persisted = request.path("extensions").path("persistedQuery");
        JsonNode query = request.path("query");
        if (persisted.isMissingNode() || persisted.isNull()) {
            return known(query.asText(), sha256(query.asText()));
        }
        if (persisted.path("version").asInt(-1) != 1) {
            return new Resolution.Refused("extensions.persistedQuery.version must be 1");
        }
        String hash = persisted.path("sha256Hash").asText("");
        if (!SHA256_HEX.matcher(hash).matches()) {
            return new Resolution.Refused("extensions.persistedQuery.sha256Hash must be the SHA-256 of the document, 64 lower-case hex digits");
        }
        if (query.isTextual()) {
            if (!sha256(query.asText()).equals(hash)) {
                return new Resolution.Refused("extensions.persistedQuery.sha256Hash is not the SHA-256 of the query sent with it");
            }
            return known(query.asText(), hash);
        }
        String stored = byHash.getIfPresent(hash);
        return stored == null ? new Resolution.NotFound() : new Resolution.Ready(stored, true);
    }

    private Resolution known(String query, String hash) {
        if (byHash.getIfPresent(hash) != null) {
            return new Resolution.Ready(query, false);
        }
        try {
            Parser.parse(query);
        } catch (InvalidSyntaxException e) {
            return new Resolution.Unparseable(e.getMessage(), e.getLocation());
        }
        byHash.put(hash, query);
        return new Resolution.Ready(query, false);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
