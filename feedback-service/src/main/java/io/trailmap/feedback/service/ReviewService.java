package io.trailmap.feedback.service;

import com.mongodb.MongoWriteException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import io.trailmap.common.paging.Page;
import io.trailmap.common.paging.PageRequest;
import io.trailmap.common.problem.ProblemException;
import io.trailmap.common.security.CurrentTenant;
import io.trailmap.feedback.api.ReplyInput;
import io.trailmap.feedback.api.ReviewInput;
import io.trailmap.feedback.api.ReviewView;
import io.trailmap.feedback.webhook.FeedbackEvents;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** External reviews, analysed like responses; an unhappy one ({@link UnhappyFeedbackPolicy}) opens a follow-up; replies are timed. */
@ApplicationScoped
public class ReviewService {

    private final Store store;
    private final CurrentTenant tenant;
    private final Clock clock;
    private final Comments comments;
    private final FollowUpService followUps;
    private final FeedbackQuota quota;
    private final FeedbackEvents events;
    private final SummaryBuckets buckets;

    public ReviewService(Store store, CurrentTenant tenant, Clock clock, Comments comments, FollowUpService followUps,
                         FeedbackQuota quota, FeedbackEvents events, SummaryBuckets buckets) {
        this.buckets = buckets;
        this.store = store;
        this.tenant = tenant;
        this.clock = clock;
        this.comments = comments;
        this.followUps = followUps;
        this.quota = quota;
        this.events = events;
    }

    public record Created(ReviewView review, boolean isNew) {
    }

    public Created create(ReviewInput input) {
        return create(tenant.id(), input);
    }

    /** A review for the given tenant, also outside a request (a file import). */
    public Created create(String t, ReviewInput input) {
        quota.take(t, 1);
        Instant now = clock.instant();
        String sourceId = input.sourceId() == null ? "trailmap:" + UUID.randomUUID() : input.sourceId();
        String id = FeedbackIds.review(t, input.source(), sourceId);
        Document existing = bySource(t, id, input.source(), sourceId);
        if (existing != null) {
            return new Created(view(existing), false);
        }
        Document doc = new Document("_id", id).append("tenant", t).append("source", input.source()).append("sourceId", sourceId)
                .append("rating", input.rating()).append("title", input.title()).append("url", input.url())
                .append("author", input.author()).append("publishedAt", Docs.date(input.publishedAt()))
                .append("customerId", input.customerId())
                .append("journeyId", input.journeyId() == null ? null : input.journeyId().toString())
                .append("stageKey", input.stageKey())
                .append("touchpointId", input.touchpointId() == null ? null : input.touchpointId().toString())
                .append("receivedAt", Docs.date(now));
        String text = input.title() == null ? input.text() : input.text() == null ? input.title() : input.title() + ". " + input.text();
        comments.analyse(text, input.language(), doc);
        doc.put("text", doc.remove("comment"));
        doc.append("negative", UnhappyFeedbackPolicy.negative(doc));
        if (doc.getBoolean("negative")) {   // the event is written with the review: the outbox
            events.of(t).event("review.negative", negativeData(doc)).ifPresent(e -> doc.append(FeedbackEvents.OUTBOX, List.of(e)));
        }
        Optional<FollowUpService.Source> followUp = followUps.caseFor("REVIEW", doc);
        followUp.ifPresent(source -> doc.append("followUpId", FollowUpService.idOf(t, source)));
        try {
            store.reviews().insertOne(doc);
        } catch (MongoWriteException e) {
            Document raced = bySource(t, id, input.source(), sourceId);
            if (raced == null) {
                throw e;
            }
            return new Created(view(raced), false);
        }
        buckets.add(SummaryBuckets.Source.REVIEW, List.of(doc));
        followUp.ifPresent(source -> followUps.openAll(t, List.of(source), events.of(t)));
        return new Created(view(doc), true);
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
        return MongoPages.page(store.reviews(), filters, "publishedAt", page, ReviewService::view);
    }

    /** Records the brand's reply; a second reply replaces the text and keeps the first reply time. */
    public ReviewView reply(UUID id, ReplyInput input) {
        Bson key = Filters.eq("_id", id.toString());   // the primary key; then whose it is
        Document review = store.reviews().find(key).first();
        if (review == null || !tenant.id().equals(review.getString("tenant"))) {
            throw ProblemException.notFound("review", id);
        }
        Document previous = review.get("reply", Document.class);
        Instant now = clock.instant();
        Instant repliedAt = previous == null ? now : Docs.instant(previous, "repliedAt");
        Document reply = new Document("text", input.text().strip()).append("author", input.author())
                .append("repliedAt", Docs.date(repliedAt)).append("updatedAt", Docs.date(now))
                .append("secondsToReply", Math.max(0, Duration.between(Docs.instant(review, "publishedAt"), repliedAt).toSeconds()));
        store.reviews().updateOne(key, Updates.set("reply", reply));
        review.put("reply", reply);
        return view(review);
    }

    private static java.util.Map<String, Object> negativeData(Document d) {
        String sourceId = d.getString("sourceId");
        io.trailmap.feedback.api.SentimentView sentiment = Comments.sentiment(d);
        return FeedbackEvents.data("reviewId", d.getString("_id"), "source", d.getString("source"),
                "sourceId", sourceId.startsWith("trailmap:") ? null : sourceId, "rating", d.getInteger("rating"),
                "title", d.getString("title"), "text", d.getString("text"), "url", d.getString("url"),
                "sentiment", sentiment == null ? null : sentiment.label(), "language", d.getString("language"),
                "customerId", d.getString("customerId"), "journeyId", d.getString("journeyId"), "stageKey", d.getString("stageKey"),
                "touchpointId", d.getString("touchpointId"), "publishedAt", String.valueOf(Docs.instant(d, "publishedAt")));
    }

    /** The stored review: by its id, else (stored before ids were derived) by its unique key, which both stores index. */
    private Document bySource(String t, String id, String source, String sourceId) {
        Document byId = store.reviews().find(Filters.eq("_id", id)).first();
        return byId != null ? byId
                : store.reviews().find(new Document("tenant", t).append("source", source).append("sourceId", sourceId)).first();
    }

    static ReviewView view(Document d) {
        Document r = d.get("reply", Document.class);
        ReviewView.Reply reply = r == null ? null : new ReviewView.Reply(r.getString("text"), r.getString("author"),
                Docs.instant(r, "repliedAt"), Duration.ofSeconds(((Number) r.get("secondsToReply")).longValue()).toString());
        String sourceId = d.getString("sourceId");
        return new ReviewView(d.getString("_id"), d.getString("source"), sourceId.startsWith("trailmap:") ? null : sourceId,
                d.getInteger("rating"), d.getString("title"), d.getString("text"), d.getString("url"), d.getString("author"),
                Docs.instant(d, "publishedAt"), d.getString("customerId"), d.getString("journeyId"), d.getString("stageKey"),
                d.getString("touchpointId"), d.getString("language"), Comments.sentiment(d), Comments.themes(d), Comments.aspects(d), reply,
                d.getString("followUpId"), Docs.instant(d, "receivedAt"));
    }
}
