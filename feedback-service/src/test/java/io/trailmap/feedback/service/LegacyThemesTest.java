package io.trailmap.feedback.service;

import com.mongodb.client.model.Filters;
import io.quarkus.test.junit.QuarkusTest;
import io.trailmap.testsupport.TestTokens;
import jakarta.inject.Inject;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import java.util.Date;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;

/** Responses stored with v1's key-word themes ({@code [{word, count}]}) read as their words once the migration ran. */
@QuarkusTest
class LegacyThemesTest {

    @Inject
    LegacyThemes legacyThemes;

    @Inject
    Store store;

    @Test
    void keyWordThemesBecomeTheirWordsOnce() {
        String tenant = "legacy-themes-" + System.nanoTime();
        store.migrations().deleteOne(Filters.eq("_id", LegacyThemes.MIGRATION));
        store.responses().insertOne(new Document("_id", FeedbackIds.response(tenant, "v1-response")).append("tenant", tenant)
                .append("responseId", "v1-response").append("kind", "NPS").append("score", 3).append("category", "DETRACTOR")
                .append("comment", "long wait at the desk").append("language", "en").append("submittedAt", new Date())
                .append("receivedAt", new Date())
                .append("themes", List.of(new Document("word", "wait").append("count", 1), new Document("word", "desk").append("count", 1))));

        legacyThemes.migrate(null);

        given().header("Authorization", TestTokens.bearer(tenant, "viewer")).get("/responses").then().statusCode(200)
                .body("items.size()", is(1)).body("items[0].themes", contains("wait", "desk")).body("items[0].score", is(3));
        Document applied = store.migrations().find(Filters.eq("_id", LegacyThemes.MIGRATION)).first();
        assertThat(applied).isNotNull();
        assertThat(applied.get("rewritten", Number.class).longValue()).isGreaterThanOrEqualTo(1);

        store.responses().insertOne(new Document("_id", "after-the-migration").append("tenant", "other-" + tenant)
                .append("themes", List.of(new Document("word", "late"))));
        legacyThemes.migrate(null);   // applied once: a second start-up does not scan again
        assertThat(store.responses().find(Filters.eq("_id", "after-the-migration")).first().getList("themes", Document.class))
                .extracting(d -> d.getString("word")).containsExactly("late");
        store.responses().deleteOne(Filters.eq("_id", "after-the-migration"));
    }
}
