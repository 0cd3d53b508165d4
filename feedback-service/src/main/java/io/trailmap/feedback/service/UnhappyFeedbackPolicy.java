package io.trailmap.feedback.service;

import io.trailmap.feedback.config.FeedbackConfig;
import io.trailmap.feedback.domain.Feedback;
import io.trailmap.feedback.domain.FoundAspect;
import io.trailmap.feedback.domain.Review;
import io.trailmap.feedback.scoring.Category;
import io.trailmap.feedback.text.Sentiment;
import jakarta.enterprise.context.ApplicationScoped;

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

    /** Why {@code feedback} opens a case, or empty when it does not. */
    public Optional<String> reasonToFollowUp(Feedback<?> feedback) {
        Category category = feedback.category();
        if (category != null && category.unhappy()) {
            return Optional.of(feedback.kindName() + " " + feedback.score() + " (" + category + ")");
        }
        Integer rating = feedback instanceof Review review ? review.rating() : null;
        if (rating != null && rating <= UNHAPPY_RATING) {
            return Optional.of(((Review) feedback).source() + " review rated " + rating);
        }
        boolean happyScore = category == Category.PROMOTER || category == Category.SATISFIED || (rating != null && rating >= HAPPY_RATING);
        Double sentiment = feedback.sentimentScore();
        if (!happyScore && sentiment != null && sentiment <= config.followUpCommentScore()) {
            List<String> about = negativeAspectLabels(feedback);
            return Optional.of("Strongly negative comment (sentiment %.2f)%s".formatted(sentiment,
                    about.isEmpty() ? "" : " about " + String.join(", ", about)));
        }
        return Optional.empty();
    }

    /** Negative in what it scores or says: what summaries' negative themes and the review.negative event count. */
    public static boolean negative(Category category, Integer rating, Sentiment sentiment) {
        return (category != null && category.unhappy()) || (rating != null && rating <= UNHAPPY_RATING)
                || (sentiment != null && Sentiment.NEGATIVE.equals(sentiment.label()));
    }

    /** The keys of the aspects the comment is negative about (all of its aspects when none reads negative on its own). */
    public static List<String> aspectsOfComplaint(Feedback<?> feedback) {
        List<String> negative = feedback.aspects().stream().filter(FoundAspect::negative).map(FoundAspect::key).toList();
        return negative.isEmpty() ? feedback.aspects().stream().map(FoundAspect::key).toList() : negative;
    }

    private static List<String> negativeAspectLabels(Feedback<?> feedback) {
        List<String> keys = aspectsOfComplaint(feedback);
        return feedback.aspects().stream().filter(a -> keys.contains(a.key())).map(FoundAspect::label).toList();
    }
}
