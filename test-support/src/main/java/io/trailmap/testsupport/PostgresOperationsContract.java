package io.trailmap.testsupport;

import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;

/** The operations contract of a PostgreSQL service: readiness includes the database check. */
public abstract class PostgresOperationsContract extends OperationsContract {

    @Test
    void readinessChecksTheDatabase() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.name", hasItem("Database connections health check"));
    }
}
