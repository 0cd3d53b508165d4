package io.trailmap.feedback.webhook;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import io.trailmap.feedback.service.Docs;
import jakarta.enterprise.context.ApplicationScoped;
import io.trailmap.feedback.domain.FollowUp;
import io.trailmap.feedback.repository.FollowUpRepository;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.time.Clock;
import java.time.Instant;
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

    private final FollowUpRepository followUps;
    private final FeedbackEvents events;
    private final Clock clock;

    public OverdueFollowUps(FollowUpRepository followUps, FeedbackEvents events, Clock clock) {
        this.followUps = followUps;
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
        Bson overdueAndNew = Filters.and(Filters.ne("status", FollowUp.RESOLVED), Filters.lt("dueAt", Docs.date(now)), Filters.ne(ANNOUNCED, true));
        int marked = 0;
        List<FollowUp> page;
        String after = null;
        do {
            page = followUps.pageById(overdueAndNew, after, PAGE);
            for (FollowUp c : page) {
                Optional<Document> event = events.of(c.tenant()).event("followup.overdue", FeedbackEvents.followUpData(c));
                Bson mark = event.map(e -> Updates.combine(Updates.set(ANNOUNCED, true), Updates.push(FeedbackEvents.OUTBOX, e)))
                        .orElse(Updates.set(ANNOUNCED, true));
                marked += followUps.updateIf(c.id(), overdueAndNew, mark) ? 1 : 0;
                after = c.id();
            }
        } while (page.size() == PAGE);
        return marked;
    }
}
