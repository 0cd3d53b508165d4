package io.trailmap.feedback.service;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import io.trailmap.common.http.IfMatch;
import io.trailmap.common.paging.Page;
import io.trailmap.common.paging.PageRequest;
import io.trailmap.common.problem.ProblemException;
import io.trailmap.common.security.CurrentTenant;
import io.trailmap.feedback.api.FollowUpPatch;
import io.trailmap.feedback.api.FollowUpView;
import io.trailmap.feedback.config.FeedbackConfig;
import io.trailmap.feedback.domain.Feedback;
import io.trailmap.feedback.domain.FollowUp;
import io.trailmap.feedback.repository.FollowUpRepository;
import io.trailmap.feedback.stream.EventLog;
import io.trailmap.feedback.webhook.FeedbackEvents;
import io.trailmap.feedback.webhook.OverdueFollowUps;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Close-the-loop cases: opened by unhappy feedback, worked by a team to resolution. */
@ApplicationScoped
public class FollowUpService {

    private static final Logger LOG = Logger.getLogger(FollowUpService.class);
    private static final List<String> ORDER = List.of(FollowUp.OPEN, FollowUp.IN_PROGRESS, FollowUp.RESOLVED);

    private final FollowUpRepository followUps;
    private final CurrentTenant tenant;
    private final Clock clock;
    private final FeedbackConfig config;
    private final FeedbackEvents events;
    private final UnhappyFeedbackPolicy policy;
    private final EventLog log;

    public FollowUpService(FollowUpRepository followUps, CurrentTenant tenant, Clock clock, FeedbackConfig config, FeedbackEvents events,
                           UnhappyFeedbackPolicy policy, EventLog log) {
        this.policy = policy;
        this.log = log;
        this.followUps = followUps;
        this.tenant = tenant;
        this.clock = clock;
        this.config = config;
        this.events = events;
    }

    /** What opens a case: the feedback it comes from and where it was given. */
    public record Source(String type, String id, String customerId, String journeyId, String stageKey,
                         String touchpointId, String reason, List<String> aspects) {
    }

    /**
     * The case that feedback opens when {@link UnhappyFeedbackPolicy} says it is unhappy, with the aspects of the
     * complaint; empty when it is not.
     */
    public Optional<Source> caseFor(Feedback<?> feedback) {
        return policy.reasonToFollowUp(feedback).map(reason -> new Source(feedback.sourceType(), feedback.id(),
                feedback.customerId(), feedback.journeyId(), feedback.stageKey(), feedback.touchpointId(), reason,
                UnhappyFeedbackPolicy.aspectsOfComplaint(feedback)));
    }

    /** The id the case of {@code source} gets when it is opened (cases opened before ids were derived keep theirs). */
    public static String idOf(String t, Source source) {
        return FeedbackIds.followUp(t, source.type(), source.id());
    }

    /**
     * Opens the case for a piece of feedback unless it exists: keyed by the feedback, so a retried
     * submission completes a case a crash left unopened, and never opens a second one. The
     * followup.opened event is part of the inserted document (the outbox). Answers the case's id.
     */
    public String open(String t, Source source) {
        openAll(t, List.of(source), events.of(t));
        return followUps.findBySource(t, source.type(), source.id()).id();
    }

    /** As {@link #open(String, Source)} for many, in one bulk write, with the subscribers a batch already looked up. */
    public void openAll(String t, List<Source> sources, FeedbackEvents.Tenant tenantEvents) {
        if (sources.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        List<FollowUp> cases = new ArrayList<>(sources.size());
        for (Source source : sources) {
            FollowUp opened = new FollowUp(idOf(t, source), t, source.type(), source.id(), FollowUp.OPEN, source.customerId(),
                    source.journeyId(), source.stageKey(), source.touchpointId(), source.reason(),
                    source.aspects() == null ? List.of() : source.aspects(), null, now.plus(config.followUpDue()), List.of(),
                    null, null, now, now, null, 0L, null, null);
            List<Document> outbox = tenantEvents.event("followup.opened", FeedbackEvents.followUpData(opened)).map(List::of).orElse(null);
            cases.add(opened.withOutbox(outbox));
        }
        log.append(t, EventLog.FOLLOWUP_CHANGED, followUps.insertMissing(cases).stream().<Map<String, ?>>map(FeedbackEvents::followUpData).toList());
        LOG.debugf("follow-ups for %d pieces of feedback", sources.size());
    }

    public Page<FollowUpView> list(String status, boolean overdue, String assignee, PageRequest page) {
        Instant now = clock.instant();
        List<Bson> filters = new ArrayList<>(List.of(Filters.eq("tenant", tenant.id())));
        if (status != null) {
            filters.add(Filters.eq("status", status));
        }
        if (overdue) {
            filters.add(Filters.lt("dueAt", Docs.date(now)));
            filters.add(Filters.ne("status", "RESOLVED"));
        }
        if (assignee != null) {
            filters.add(Filters.eq("assignee", assignee));
        }
        return followUps.page(filters, page, c -> view(c, now));
    }

    public FollowUpView get(String id) {
        return view(load(id), clock.instant());
    }

    /** Applies a partial change if {@code expectedVersion} is still current (atomically). */
    public FollowUpView patch(String id, long expectedVersion, FollowUpPatch patch) {
        FollowUp current = load(id);
        IfMatch.check(expectedVersion, current.version());
        Instant now = clock.instant();
        List<Bson> updates = new ArrayList<>(List.of(Updates.set("updatedAt", Docs.date(now)), Updates.inc("version", 1L)));
        boolean resolved = false;
        if (patch.status() != null && !patch.status().equals(current.status())) {
            int from = ORDER.indexOf(current.status());
            int to = ORDER.indexOf(patch.status());
            if (to < from) {
                throw ProblemException.conflict("A follow-up moves OPEN → IN_PROGRESS → RESOLVED; it cannot go back from "
                        + current.status() + " to " + patch.status());
            }
            if (patch.status().equals("RESOLVED")) {
                if (blank(patch.resolution()) && blank(current.resolution())) {
                    throw ProblemException.invalid("resolution", "is required to resolve a follow-up");
                }
                updates.add(Updates.set("resolvedAt", Docs.date(now)));
                resolved = true;
            }
            updates.add(Updates.set("status", patch.status()));
        }
        if (patch.assignee() != null) {
            updates.add(Updates.set("assignee", patch.assignee().isBlank() ? null : patch.assignee().strip()));
        }
        if (patch.dueAt() != null) {
            updates.add(Updates.set("dueAt", Docs.date(patch.dueAt())));
            updates.add(Updates.set(OverdueFollowUps.ANNOUNCED, false));   // a new due time can be missed again
        }
        if (!blank(patch.resolution())) {
            updates.add(Updates.set("resolution", patch.resolution().strip()));
        }
        if (patch.painPointId() != null) {
            updates.add(Updates.set("painPointId", patch.painPointId().isBlank() ? null : patch.painPointId().strip()));
        }
        if (!blank(patch.note())) {
            updates.add(Updates.push("notes", new Document("at", Docs.date(now)).append("author", tenant.subject())
                    .append("text", patch.note().strip())));
        }
        if (resolved) {   // the event goes with the change that causes it (the outbox)
            FollowUp after = current.resolved(blank(patch.resolution()) ? current.resolution() : patch.resolution().strip(),
                    patch.assignee() == null ? current.assignee() : patch.assignee().isBlank() ? null : patch.assignee().strip());
            events.of(tenant.id()).event("followup.resolved", FeedbackEvents.followUpData(after))
                    .ifPresent(e -> updates.add(Updates.push(FeedbackEvents.OUTBOX, e)));
        }
        FollowUp updated = followUps.updateIfVersion(tenant.id(), id, expectedVersion, Updates.combine(updates));
        if (updated == null) {
            throw ProblemException.preconditionFailed("The follow-up was changed meanwhile. Read it again and retry.");
        }
        log.append(tenant.id(), EventLog.FOLLOWUP_CHANGED, List.of(FeedbackEvents.followUpData(updated)));
        return view(updated, now);
    }

    private FollowUp load(String id) {
        FollowUp followUp = followUps.findById(id);   // by the primary key; then whose it is
        if (followUp == null || !tenant.id().equals(followUp.tenant())) {
            throw ProblemException.notFound("follow-up", id);
        }
        return followUp;
    }

    static FollowUpView view(FollowUp c, Instant now) {
        List<FollowUpView.Note> notes = c.notes().stream().map(n -> new FollowUpView.Note(n.at(), n.author(), n.text())).toList();
        return new FollowUpView(c.id(), c.status(), c.sourceType(), c.sourceId(), c.customerId(), c.journeyId(), c.stageKey(),
                c.touchpointId(), c.reason(), c.aspects(), c.assignee(), c.dueAt(), c.overdueAt(now), notes, c.resolution(),
                c.painPointId(), c.createdAt(), c.updatedAt(), c.resolvedAt(), c.version());
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
