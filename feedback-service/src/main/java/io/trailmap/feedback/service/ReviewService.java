package io.trailmap.feedback.service;

import com.mongodb.client.model.Filters;
import io.trailmap.common.paging.Page;
import io.trailmap.common.paging.PageRequest;
import io.trailmap.common.problem.ProblemException;
import io.trailmap.common.security.CurrentTenant;
import io.trailmap.feedback.api.ReplyInput;
import io.trailmap.feedback.api.ReviewInput;
import io.trailmap.feedback.api.ReviewView;
import io.trailmap.feedback.domain.CommentReading;
import io.trailmap.feedback.domain.Review;
import io.trailmap.feedback.repository.ReviewRepository;
import io.trailmap.feedback.webhook.FeedbackEvents;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.conversions.Bson;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/** External reviews, analysed like responses; an unhappy one ({@link UnhappyFeedbackPolicy}) opens a follow-up; replies are timed. */
@ApplicationScoped
public class ReviewService {

    private final ReviewRepository reviews;
    private final FeedbackIntake intake;
    private final CurrentTenant tenant;
    private final Clock clock;
    private final Comments comments;
    private final FeedbackQuota quota;
    private final FeedbackEvents events;

    public ReviewService(ReviewRepository reviews, FeedbackIntake intake, CurrentTenant tenant, Clock clock, Comments comments,
                         FeedbackQuota quota, FeedbackEvents events) {
        this.reviews = reviews;
        this.intake = intake;
        this.tenant = tenant;
        this.clock = clock;
        this.comments = comments;
        this.quota = quota;
        this.events = events;
    }

    public record Created(ReviewView review, boolean isNew) {
    }

    public Created create(ReviewInput input) {
        return create(tenant.id(), input);
    }

    /** A review for the given tenant. */
    public Created create(String t, ReviewInput input) {
        return createAll(t, List.of(input)).getFirst();
    }

    /** Reviews for the given tenant, also outside a request (a file import), stored through {@link FeedbackIntake}: one outcome each, in order. */
    public List<Created> createAll(String t, List<ReviewInput> inputs) {
        quota.take(t, inputs.size());
        Instant now = clock.instant();
        FeedbackEvents.Tenant tenantEvents = events.of(t);
        List<String> ids = new ArrayList<>(inputs.size());
        Map<String, Supplier<Review>> candidates = new LinkedHashMap<>();
        for (ReviewInput input : inputs) {
            String sourceId = input.sourceId() == null ? Review.OWN_SOURCE_ID + UUID.randomUUID() : input.sourceId();
            String id = FeedbackIds.review(t, input.source(), sourceId);
            ids.add(id);
            candidates.putIfAbsent(id, () -> review(input, sourceId, id, t, now, tenantEvents));
        }
        Map<String, FeedbackIntake.Outcome<Review>> outcomes = intake.store(t, reviews, candidates);
        Set<String> reported = new HashSet<>();
        return ids.stream().map(id -> {
            FeedbackIntake.Outcome<Review> outcome = outcomes.get(id);
            return new Created(view(outcome.stored()), outcome.isNew() && reported.add(id));
        }).toList();
    }

    /** The review as stored; a negative one carries its review.negative event (written with it: the outbox). */
    private Review review(ReviewInput input, String sourceId, String id, String t, Instant now, FeedbackEvents.Tenant tenantEvents) {
        String text = input.title() == null ? input.text() : input.text() == null ? input.title() : input.title() + ". " + input.text();
        CommentReading comment = comments.read(text, input.language(), t);
        boolean negative = UnhappyFeedbackPolicy.negative(null, input.rating(), comment.sentiment());
        Review review = new Review(id, t, input.source(), sourceId, input.rating(), input.title(), input.url(), input.author(),
                input.publishedAt(), input.customerId(), input.journeyId() == null ? null : input.journeyId().toString(),
                input.stageKey(), input.touchpointId() == null ? null : input.touchpointId().toString(), now, comment.text(),
                comment.language(), comment.sentiment(), comment.sentimentN(), comment.aspects(), comment.themes(), negative, null,
                null, null);
        if (negative) {
            return review.withOutbox(tenantEvents.event("review.negative", negativeData(review)).map(List::of).orElse(null));
        }
        return review;
    }

    public Page<ReviewView> list(String source, String journeyId, String stageKey, String touchpointId, Boolean replied,
                                 Integer maxRating, PageRequest page) {
        List<Bson> filters = new ArrayList<>(List.of(Filters.eq("tenant", tenant.id())));
        if (source != null) {
            filters.add(Filters.eq("source", source));
        }
        if (journeyId != null) {
            filters.add(Filters.eq("journeyId", journeyId));
        }
        if (stageKey != null) {
            filters.add(Filters.eq("stageKey", stageKey));
        }
        if (touchpointId != null) {
            filters.add(Filters.eq("touchpointId", touchpointId));
        }
        if (replied != null) {
            filters.add(replied ? Filters.exists("reply.repliedAt") : Filters.not(Filters.exists("reply.repliedAt")));
        }
        if (maxRating != null) {
            filters.add(Filters.lte("rating", maxRating));
        }
        return reviews.page(filters, page, ReviewService::view);
    }

    /** Records the brand's reply; a second reply replaces the text and keeps the first reply time. */
    public ReviewView reply(UUID id, ReplyInput input) {
        Review review = reviews.findById(id.toString());   // the primary key; then whose it is
        if (review == null || !tenant.id().equals(review.tenant())) {
            throw ProblemException.notFound("review", id);
        }
        Instant now = clock.instant();
        Instant repliedAt = review.reply() == null ? now : review.reply().repliedAt();
        Review.Reply reply = new Review.Reply(input.text().strip(), input.author(), repliedAt, now,
                Math.max(0, Duration.between(review.publishedAt(), repliedAt).toSeconds()));
        reviews.setReply(review.id(), reply);
        return view(review.withReply(reply));
    }

    private static Map<String, Object> negativeData(Review r) {
        return FeedbackEvents.data("reviewId", r.id(), "source", r.source(), "sourceId", r.externalSourceId(), "rating", r.rating(),
                "title", r.title(), "text", r.text(), "url", r.url(), "sentiment", r.sentiment() == null ? null : r.sentiment().label(),
                "language", r.language(), "customerId", r.customerId(), "journeyId", r.journeyId(), "stageKey", r.stageKey(),
                "touchpointId", r.touchpointId(), "publishedAt", String.valueOf(r.publishedAt()));
    }

    static ReviewView view(Review r) {
        Review.Reply reply = r.reply();
        ReviewView.Reply replyView = reply == null ? null : new ReviewView.Reply(reply.text(), reply.author(), reply.repliedAt(),
                Duration.ofSeconds(reply.secondsToReply()).toString());
        return new ReviewView(r.id(), r.source(), r.externalSourceId(), r.rating(), r.title(), r.text(), r.url(), r.author(),
                r.publishedAt(), r.customerId(), r.journeyId(), r.stageKey(), r.touchpointId(), r.language(),
                Comments.sentiment(r.sentiment()), r.themes(), Comments.aspects(r), replyView, r.followUpId(), r.receivedAt());
    }
}
