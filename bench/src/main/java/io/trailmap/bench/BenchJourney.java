package io.trailmap.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A journey the bench creates through journey-service: four stages, one per phase from awareness to retention. */
record BenchJourney(String id, List<String> stageKeys) {

    static BenchJourney create(Http journeyService, String name, int number) {
        List<Map<String, Object>> stages = new ArrayList<>();
        for (String phase : List.of("AWARENESS", "CONSIDERATION", "PURCHASE", "RETENTION")) {
            stages.add(Map.of("name", phase.toLowerCase() + " " + number, "phase", phase));
        }
        JsonNode created = journeyService.post("/journeys", Map.of("name", name + " " + number, "mapType", "CURRENT_STATE",
                "segment", "B2C", "stages", stages), 201);
        List<String> keys = new ArrayList<>();
        created.get("stages").forEach(s -> keys.add(s.get("key").asText()));
        return new BenchJourney(created.get("id").asText(), List.copyOf(keys));
    }
}
