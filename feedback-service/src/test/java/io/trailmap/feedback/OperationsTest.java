package io.trailmap.feedback;

import io.quarkus.test.junit.QuarkusTest;
import io.trailmap.testsupport.OperationsContract;
import io.trailmap.testsupport.PrometheusMetrics;
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

    private static double received(String kind, String category) {
        return PrometheusMetrics.sum("trailmap_feedback_received_total", "kind", kind, "category", category);
    }

    @Test
    void receivedFeedbackIsCountedByKindAndCategory() {
        double promoters = received("NPS", "PROMOTER");
        double dissatisfied = received("CSAT", "DISSATISFIED");
        double duplicates = PrometheusMetrics.sum("trailmap_feedback_duplicates_total");
        double rejected = PrometheusMetrics.sum("trailmap_feedback_rejected_total");

        // one promoter, one dissatisfied answer sent twice, one NPS score out of range
        given().header("Authorization", TestTokens.bearer("ops-metrics", "ingest")).contentType("application/json")
                .body("[{\"responseId\":\"m-1\",\"kind\":\"NPS\",\"score\":10},{\"responseId\":\"m-2\",\"kind\":\"CSAT\",\"score\":1},"
                        + "{\"responseId\":\"m-2\",\"kind\":\"CSAT\",\"score\":1},{\"responseId\":\"m-3\",\"kind\":\"NPS\",\"score\":11}]")
                .post("/responses").then().statusCode(202).body("accepted", is(2)).body("duplicates", is(1));

        assertThat(received("NPS", "PROMOTER") - promoters).isEqualTo(1);
        assertThat(received("CSAT", "DISSATISFIED") - dissatisfied).isEqualTo(1);
        assertThat(PrometheusMetrics.sum("trailmap_feedback_duplicates_total") - duplicates).isEqualTo(1);
        assertThat(PrometheusMetrics.sum("trailmap_feedback_rejected_total") - rejected).isEqualTo(1);
    }
}
