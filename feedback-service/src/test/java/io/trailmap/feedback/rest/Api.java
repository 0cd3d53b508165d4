package io.trailmap.feedback.rest;

import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.specification.RequestSpecification;
import io.trailmap.testsupport.TestTokens;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

final class Api {

    private static final RestAssuredConfig DOUBLES = RestAssuredConfig.config()
            .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.DOUBLE));

    private Api() {
    }

    static String newTenant() {
        return "t-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static RequestSpecification as(String tenant, String... roles) {
        return given().config(DOUBLES).header("Authorization", TestTokens.bearer(tenant, roles)).contentType(ContentType.JSON);
    }

    static Map<String, Object> response(String id, String kind, Integer score, String comment) {
        Map<String, Object> r = new HashMap<>();
        r.put("responseId", id);
        r.put("kind", kind);
        r.put("score", score);
        r.put("comment", comment);
        return r;
    }
}
