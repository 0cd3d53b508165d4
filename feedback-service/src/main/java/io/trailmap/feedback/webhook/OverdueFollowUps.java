package io.trailmap.feedback.webhook;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
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
    /** Cases read per query of a run; a run reads pages until none is left. */
    static final int PAGE = 500;

    private final Store store;
    private final FeedbackEvents events;
    private final Clock clock;

    public OverdueFollowUps(Store store, FeedbackEvents events, Clock clock) {
        this.store = store;
        this.events = events;
        this.clock = clock;
    }

    /** Announces every case overdue now; answers how many it marked. */
    public int announce() {
        return announce(clock.instant());
    }

    /**
     * Announces every case overdue at {@code now}, a page at a time in id order (keyset: a case another
     * replica marks meanwhile is skipped, not scanned again), until no page is left: a backlog of any size
     * goes out in one run. Answers how many cases it marked.
     */
    public int announce(Instant now) {
        Bson overdueAndNew = Filters.and(Filters.ne("status", "RESOLVED"), Filters.lt("dueAt", Docs.date(now)), Filters.ne(ANNOUNCED, true));
        int marked = 0;
        List<Document> page;
        String after = null;
        do {
            Bson next = after == null ? overdueAndNew : Filters.and(overdueAndNew, Filters.gt("_id", after));
            page = store.followUps().find(next).sort(Sorts.ascending("_id")).limit(PAGE).into(new ArrayList<>());
            for (Document c : page) {
                Optional<Document> event = events.of(c.getString("tenant")).event("followup.overdue", FeedbackEvents.followUpData(c));
                Bson mark = event.map(e -> Updates.combine(Updates.set(ANNOUNCED, true), Updates.push(FeedbackEvents.OUTBOX, e)))
                        .orElse(Updates.set(ANNOUNCED, true));
                marked += (int) store.followUps().updateOne(Filters.and(Filters.eq("_id", c.get("_id")), overdueAndNew), mark).getModifiedCount();
                after = c.getString("_id");
            }
        } while (page.size() == PAGE);
        return marked;
    }
}
