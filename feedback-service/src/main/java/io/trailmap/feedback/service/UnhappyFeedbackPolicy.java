package io.trailmap.feedback.service;

import io.trailmap.feedback.config.FeedbackConfig;
import io.trailmap.feedback.scoring.Category;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.Document;

import java.util.List;
import java.util.Optional;

/**
 * When feedback opens a close-the-loop case, for responses and reviews alike: an unhappy score
 * (detractor, dissatisfied, difficult), a review rated 1–2, or a comment whose sentiment is strongly
 * negative ({@code trailmap.feedback.follow-up-comment-score}) beside a score that is neutral (passive, 3 of 5,
 * 4 of 7), custom or missing. A happy score is the customer's own verdict: words such as "fine now" do not overrule it.
 */
@ApplicationScoped
public class UnhappyFeedbackPolicy {

    /** Reviews rated at most this are unhappy. */
    static final int UNHAPPY_RATING = 2;
    /** Reviews rated at least this are happy: their words do not overrule them. */
    static final int HAPPY_RATING = 4;

    private final FeedbackConfig config;

    public UnhappyFeedbackPolicy(FeedbackConfig config) {
        this.config = config;
    }

    /** Why {@code doc} (a stored response or review) opens a case, or empty when it does not. */
    public Optional<String> reasonToFollowUp(Document doc) {
        String category = doc.getString("category");
        if (category != null && Category.valueOf(category).unhappy()) {
            return Optional.of(doc.getString("kind") + " " + doc.getInteger("score") + " (" + category + ")");
        }
        Integer rating = doc.getInteger("rating");
        if (rating != null && rating <= UNHAPPY_RATING) {
            return Optional.of(doc.getString("source") + " review rated " + rating);
        }
        boolean happyScore = "PROMOTER".equals(category) || "SATISFIED".equals(category) || (rating != null && rating >= HAPPY_RATING);
        Double sentiment = Comments.sentimentScore(doc);
        if (!happyScore && sentiment != null && sentiment <= config.followUpCommentScore()) {
            List<String> about = negativeAspectLabels(doc);
            return Optional.of("Strongly negative comment (sentiment %.2f)%s".formatted(sentiment,
                    about.isEmpty() ? "" : " about " + String.join(", ", about)));
        }
        return Optional.empty();
    }

    /** Negative in what it scores or says: what summaries' negative themes and the review.negative event count. */
    public static boolean negative(Document doc) {
        String category = doc.getString("category");
        Integer rating = doc.getInteger("rating");
        return (category != null && Category.valueOf(category).unhappy()) || (rating != null && rating <= UNHAPPY_RATING)
                || Comments.negativeSentiment(doc);
    }

    /** The keys of the aspects the comment is negative about (all of its aspects when none reads negative on its own). */
    public static List<String> aspectsOfComplaint(Document doc) {
        List<Document> aspects = Docs.list(doc, "aspects");
        List<String> negative = aspects.stream().filter(a -> a.getInteger("negativeN", 0) == 1).map(a -> a.getString("key")).toList();
        return negative.isEmpty() ? aspects.stream().map(a -> a.getString("key")).toList() : negative;
    }

    private static List<String> negativeAspectLabels(Document doc) {
        List<String> keys = aspectsOfComplaint(doc);
        return Docs.<Document>list(doc, "aspects").stream().filter(a -> keys.contains(a.getString("key")))
                .map(a -> a.getString("label")).toList();
    }
}
