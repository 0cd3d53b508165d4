package io.trailmap.gateway.graph;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Answers POST /analytics/funnels as touchpoint-service does: one funnel per journey asked, a step
 * per stage asked; customers 100, 40, 10, 5, 2, 1 along the stages.
 */
public class FunnelsPerJourney implements ResponseDefinitionTransformerV2 {

    public static final String NAME = "funnels-per-journey";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int[] CUSTOMERS = {100, 40, 10, 5, 2, 1};

    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
        try {
            ObjectNode answer = JSON.createObjectNode();
            ArrayNode funnels = answer.putArray("funnels");
            for (JsonNode asked : JSON.readTree(serveEvent.getRequest().getBodyAsString()).path("funnels")) {
                ObjectNode funnel = funnels.addObject().put("journeyId", asked.path("journeyId").asText()).put("window", "PT720H");
                ArrayNode steps = funnel.putArray("stages");
                int k = 0;
                for (JsonNode stage : asked.path("stages")) {
                    ObjectNode step = steps.addObject().put("stageKey", stage.asText()).put("customers", CUSTOMERS[k]);
                    if (k > 0) {
                        step.put("conversionFromPrevious", (double) CUSTOMERS[k] / CUSTOMERS[k - 1]).put("dropOff", CUSTOMERS[k - 1] - CUSTOMERS[k]);
                    }
                    k++;
                }
            }
            return ResponseDefinition.okForJson(answer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
