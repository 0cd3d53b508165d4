package io.trailmap.feedback;

import io.quarkus.test.junit.QuarkusTest;
import io.trailmap.testsupport.OperationsContract;
import io.trailmap.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

@QuarkusTest
class OperationsTest extends OperationsContract {

    @Override
    protected List<String> readinessChecks() {
        return List.of("MongoDB connection health check", "Graceful Shutdown");
    }

    @Test
    void receivedFeedbackIsCountedByKindAndCategory() {
        double promoters = metric("trailmap_feedback_received_total", "kind", "NPS", "category", "PROMOTER");
        double dissatisfied = metric("trailmap_feedback_received_total", "kind", "CSAT", "category", "DISSATISFIED");
        double duplicates = metric("trailmap_feedback_duplicates_total");
        double rejected = metric("trailmap_feedback_rejected_total");

        // one promoter, one dissatisfied answer sent twice, one NPS score out of range
        given().header("Authorization", TestTokens.bearer("ops-metrics", "ingest")).contentType("application/json")
                .body("[{\"responseId\":\"m-1\",\"kind\":\"NPS\",\"score\":10},{\"responseId\":\"m-2\",\"kind\":\"CSAT\",\"score\":1},"
                        + "{\"responseId\":\"m-2\",\"kind\":\"CSAT\",\"score\":1},{\"responseId\":\"m-3\",\"kind\":\"NPS\",\"score\":11}]")
                .post("/responses").then().statusCode(202).body("accepted", is(2)).body("duplicates", is(1));

        assertThat(metric("trailmap_feedback_received_total", "kind", "NPS", "category", "PROMOTER") - promoters).isEqualTo(1);
        assertThat(metric("trailmap_feedback_received_total", "kind", "CSAT", "category", "DISSATISFIED") - dissatisfied).isEqualTo(1);
        assertThat(metric("trailmap_feedback_duplicates_total") - duplicates).isEqualTo(1);
        assertThat(metric("trailmap_feedback_rejected_total") - rejected).isEqualTo(1);
    }
}
