package io.trailmap.touchpoint;

import io.quarkus.test.junit.QuarkusTest;
import io.trailmap.testsupport.PostgresOperationsContract;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;

@QuarkusTest
class OperationsTest extends PostgresOperationsContract {

    @Test
    void openApiDescribesIngestion() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/interactions'.post.summary", is("Ingest interactions"));
    }
}
