package io.trailmap.gateway.graph;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.trailmap.common.paging.Cursor;
import io.trailmap.common.paging.Page;
import io.trailmap.common.paging.PageRequest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * Answers a list endpoint as the services do (DESIGN §3): the stub's items ordered by a time field and
 * id, {@code limit} and {@code cursor} read with the services' own {@link PageRequest}, and
 * {@code {"items": [...], "nextCursor": ...}} made by their {@link Page#fromOverfetched} — so a client
 * that follows the cursors sees each item exactly once. Parameters: {@code items} (the JSON array),
 * {@code timeField}, and optionally {@code extra} (fields every page carries, e.g. a timeline's journeys).
 */
public class KeysetPagedList implements ResponseDefinitionTransformerV2 {

    public static final String NAME = "keyset-paged-list";
    private static final ObjectMapper JSON = new ObjectMapper();

    public static Parameters of(String items, String timeField) {
        return Parameters.from(java.util.Map.of("items", items, "timeField", timeField));
    }

    public static Parameters of(String items, String timeField, String extra) {
        return Parameters.from(java.util.Map.of("items", items, "timeField", timeField, "extra", extra));
    }

    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
        try {
            Parameters parameters = serveEvent.getTransformerParameters();
            String timeField = parameters.getString("timeField");
            PageRequest request = PageRequest.of(query(serveEvent, "limit"), query(serveEvent, "cursor"));
            List<JsonNode> items = new ArrayList<>();
            JSON.readTree(parameters.getString("items")).forEach(items::add);
            items.sort(Comparator.<JsonNode, Instant>comparing(i -> Instant.parse(i.path(timeField).asText()))
                    .thenComparing(i -> UUID.fromString(i.path("id").asText())));
            List<JsonNode> rows = items.stream().filter(i -> request.cursor() == null || after(i, timeField, request.cursor()))
                    .limit(request.fetchSize()).toList();
            Page<JsonNode> page = Page.fromOverfetched(rows, request.limit(),
                    i -> new Cursor(Instant.parse(i.path(timeField).asText()), UUID.fromString(i.path("id").asText())).encode());
            ObjectNode body = parameters.containsKey("extra") ? (ObjectNode) JSON.readTree(parameters.getString("extra")) : JSON.createObjectNode();
            ArrayNode answered = body.putArray("items");
            page.items().forEach(answered::add);
            body.put("nextCursor", page.nextCursor());
            return ResponseDefinition.okForJson(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean after(JsonNode item, String timeField, Cursor cursor) {
        Instant at = Instant.parse(item.path(timeField).asText());
        return at.isAfter(cursor.after()) || at.equals(cursor.after()) && UUID.fromString(item.path("id").asText()).compareTo(cursor.afterId()) > 0;
    }

    private static String query(ServeEvent serveEvent, String name) {
        QueryParameter parameter = serveEvent.getRequest().queryParameter(name);
        return parameter.isPresent() ? parameter.firstValue() : null;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public String getName() {
        return NAME;
    }
}
