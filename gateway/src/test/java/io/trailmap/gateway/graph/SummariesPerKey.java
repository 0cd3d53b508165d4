package io.trailmap.gateway.graph;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Answers POST /feedback/summaries as feedback-service does: one summary per key, in order. The
 * i-th summary has NPS 10·i; a key for {@link #UNHAPPY_TOUCHPOINT} gets negative feedback.
 */
public class SummariesPerKey implements ResponseDefinitionTransformerV2 {

    public static final String NAME = "summaries-per-key";
    public static final String UNHAPPY_TOUCHPOINT = "44444444-4444-4444-4444-444444444444";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
        try {
            JsonNode keys = JSON.readTree(serveEvent.getRequest().getBodyAsString()).path("keys");
            StringBuilder body = new StringBuilder("{\"summaries\":[");
            for (int i = 0; i < keys.size(); i++) {
                boolean unhappy = UNHAPPY_TOUCHPOINT.equals(keys.get(i).path("touchpointId").asText());
                body.append(i == 0 ? "" : ",").append(unhappy ? summary(-40, 30, -0.5, "Delivery", 2) : summary(10 * i, 80, 0.2, "Price and fees", 0));
            }
            return ResponseDefinition.okForJson(JSON.readTree(body.append("]}").toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A summary as feedback-service answers it, with one top theme ({@code label}) that {@code negative} of its 2 comments complain about. */
    static String summary(double nps, double csat, double sentiment, String label, int negative) {
        String key = label.toUpperCase(java.util.Locale.ROOT).replace(" AND ", "_").replace(' ', '_');
        return "{\"nps\":" + nps + ",\"csat\":" + csat + ",\"ces\":null,\"responses\":10,\"promoters\":5,\"passives\":3,\"detractors\":2,"
                + "\"sentiment\":" + sentiment + ",\"reviews\":0,\"topThemes\":[{\"theme\":\"" + label + "\",\"key\":\"" + key
                + "\",\"label\":\"" + label + "\",\"count\":2,\"share\":0.2,\"sentiment\":" + sentiment + ",\"negative\":" + negative
                + ",\"change\":null,\"previousCount\":null,\"examples\":[\"An example about " + label + "\"]}],\"themesFound\":1}";
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
