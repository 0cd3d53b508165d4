package io.trailmap.journey.rest;

import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.trailmap.testsupport.TestTokens;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Requests as a caller of one tenant with given roles, and bodies the tests share. */
final class Api {

    private Api() {
    }

    /** A fresh tenant per test class keeps lists and counts independent of other tests. */
    static String newTenant() {
        return "t-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static RequestSpecification as(String tenant, String... roles) {
        return given().header("Authorization", TestTokens.bearer(tenant, roles)).contentType(ContentType.JSON);
    }

    static Map<String, Object> stage(String name, String phase, int emotion, String... painPoints) {
        Map<String, Object> stage = new HashMap<>();
        stage.put("name", name);
        stage.put("phase", phase);
        stage.put("emotion", Map.of("score", emotion, "label", "feeling " + emotion));
        List<Map<String, Object>> pains = new ArrayList<>();
        for (String p : painPoints) {
            pains.add(Map.of("description", p, "severity", 3));
        }
        stage.put("painPoints", pains);
        stage.put("actions", List.of("does something in " + name));
        return stage;
    }

    static Map<String, Object> journey(String name, Object... stages) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("mapType", "CURRENT_STATE");
        body.put("segment", "B2C");
        body.put("ownerTeam", "cx-team");
        body.put("stages", List.of(stages));
        return body;
    }

    static ExtractableResponse<Response> createJourney(String tenant, Map<String, Object> body) {
        return as(tenant, "editor").body(body).post("/journeys").then().statusCode(201).extract();
    }
}
