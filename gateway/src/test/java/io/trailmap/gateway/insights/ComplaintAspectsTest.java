package io.trailmap.gateway.insights;

import io.trailmap.gateway.model.FeedbackSummary;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ComplaintAspectsTest {

    private static FeedbackSummary.Theme theme(String key, String label, int count, int negative) {
        return new FeedbackSummary.Theme(label, key, label, count, 0.1, null, negative, null, null, List.of());
    }

    private static FeedbackSummary summary(List<FeedbackSummary.Theme> themes) {
        return new FeedbackSummary(null, null, null, 10, null, null, null, null, null, null, themes, themes.size());
    }

    @Test
    void pain_points_name_the_aspects_most_complained_about_not_the_most_mentioned() {
        FeedbackSummary summary = summary(List.of(
                theme("STAFF", "Staff", 40, 1),               // mentioned most, mostly praised
                theme("DELIVERY", "Delivery", 30, 12),
                theme("PRICE_FEES", "Price and fees", 20, 0),  // never complained about
                theme("WAITING", "Waiting", 15, 12),          // as many complaints as DELIVERY: key order
                theme("SUPPORT", "Customer support", 10, 9)));
        assertThat(InsightsService.themes(summary)).containsExactly("Delivery", "Waiting", "Customer support");
    }

    @Test
    void no_complaints_no_aspects() {
        assertThat(InsightsService.themes(summary(List.of(theme("STAFF", "Staff", 4, 0))))).isEmpty();
        assertThat(InsightsService.themes(null)).isEmpty();
    }
}
