package io.trailmap.feedback.webhook;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import io.trailmap.feedback.service.Docs;
import io.trailmap.feedback.service.Store;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Announces follow-ups that passed their due time unresolved ({@code followup.overdue}), once per due
 * time: the mark and the event are one update, guarded so that replicas scanning together announce
 * each case once. Moving {@code dueAt} (PATCH) clears the mark.
 */
@ApplicationScoped
public class OverdueFollowUps {

    public static final String ANNOUNCED = "overdueAnnounced";

    private final Store store;
    private final FeedbackEvents events;
    private final Clock clock;

    public OverdueFollowUps(Store store, FeedbackEvents events, Clock clock) {
        this.store = store;
        this.events = events;
        this.clock = clock;
    }

    /** Answers how many cases it marked overdue. */
    public int announce() {
        Instant now = clock.instant();
        Bson overdueAndNew = Filters.and(Filters.ne("status", "RESOLVED"), Filters.lt("dueAt", Docs.date(now)), Filters.ne(ANNOUNCED, true));
        List<Document> cases = new ArrayList<>();
        store.followUps().find(overdueAndNew).limit(500).into(cases);
        int marked = 0;
        for (Document c : cases) {
            Optional<Document> event = events.of(c.getString("tenant")).event("followup.overdue", FeedbackEvents.followUpData(c));
            Bson mark = event.map(e -> Updates.combine(Updates.set(ANNOUNCED, true), Updates.push(FeedbackEvents.OUTBOX, e)))
                    .orElse(Updates.set(ANNOUNCED, true));
            marked += (int) store.followUps().updateOne(Filters.and(Filters.eq("_id", c.get("_id")), overdueAndNew), mark).getModifiedCount();
        }
        return marked;
    }
}
