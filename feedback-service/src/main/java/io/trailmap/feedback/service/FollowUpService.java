package io.trailmap.feedback.service;

import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import io.trailmap.common.http.IfMatch;
import io.trailmap.common.paging.Page;
import io.trailmap.common.paging.PageRequest;
import io.trailmap.common.problem.ProblemException;
import io.trailmap.common.security.CurrentTenant;
import io.trailmap.feedback.api.FollowUpPatch;
import io.trailmap.feedback.api.FollowUpView;
import io.trailmap.feedback.config.FeedbackConfig;
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
import java.util.Optional;

/** Close-the-loop cases: opened by unhappy feedback, worked by a team to resolution. */
@ApplicationScoped
public class FollowUpService {

    private static final Logger LOG = Logger.getLogger(FollowUpService.class);
    private static final List<String> ORDER = List.of("OPEN", "IN_PROGRESS", "RESOLVED");

    private final Store store;
    private final CurrentTenant tenant;
    private final Clock clock;
    private final FeedbackConfig config;
    private final FeedbackEvents events;
    private final UnhappyFeedbackPolicy policy;

    public FollowUpService(Store store, CurrentTenant tenant, Clock clock, FeedbackConfig config, FeedbackEvents events,
                           UnhappyFeedbackPolicy policy) {
        this.policy = policy;
        this.store = store;
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
     * The case that feedback ({@code type} RESPONSE or REVIEW, its {@code _id} set) opens when
     * {@link UnhappyFeedbackPolicy} says it is unhappy, with the aspects of the complaint; empty when it is not.
     */
    public Optional<Source> caseFor(String type, Document feedback) {
        return policy.reasonToFollowUp(feedback).map(reason -> new Source(type, feedback.getString("_id"),
                feedback.getString("customerId"), feedback.getString("journeyId"), feedback.getString("stageKey"),
                feedback.getString("touchpointId"), reason, UnhappyFeedbackPolicy.aspectsOfComplaint(feedback)));
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
        return store.followUps().find(sourceKey(t, source)).first().getString("_id");
    }

    /** As {@link #open(String, Source)} for many, in one bulk write, with the subscribers a batch already looked up. */
    public void openAll(String t, List<Source> sources, FeedbackEvents.Tenant tenantEvents) {
        if (sources.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        List<WriteModel<Document>> upserts = new ArrayList<>(sources.size());
        for (Source source : sources) {
            Document insert = new Document("_id", idOf(t, source)).append("status", "OPEN")
                    .append("customerId", source.customerId()).append("journeyId", source.journeyId())
                    .append("stageKey", source.stageKey()).append("touchpointId", source.touchpointId())
                    .append("reason", source.reason())
                    .append("aspects", source.aspects() == null ? List.of() : source.aspects())
                    .append("dueAt", Docs.date(now.plus(config.followUpDue())))
                    .append("notes", List.of()).append("createdAt", Docs.date(now)).append("updatedAt", Docs.date(now))
                    .append("version", 0L);
            Document opened = new Document(insert).append("sourceType", source.type()).append("sourceId", source.id());
            tenantEvents.event("followup.opened", FeedbackEvents.followUpData(opened))
                    .ifPresent(e -> insert.append(FeedbackEvents.OUTBOX, List.of(e)));
            upserts.add(new UpdateOneModel<>(sourceKey(t, source), new Document("$setOnInsert", insert), new UpdateOptions().upsert(true)));
        }
        store.followUps().bulkWrite(upserts, new BulkWriteOptions().ordered(false));
        LOG.debugf("follow-ups for %d pieces of feedback", sources.size());
    }

    /** The unique key of a case as a plain equality document: both stores answer it from the unique index. */
    private static Document sourceKey(String t, Source source) {
        return new Document("tenant", t).append("sourceType", source.type()).append("sourceId", source.id());
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
        return MongoPages.page(store.followUps(), filters, "createdAt", page, d -> view(d, now));
    }

    public FollowUpView get(String id) {
        return view(load(id), clock.instant());
    }

    /** Applies a partial change if {@code expectedVersion} is still current (atomically). */
    public FollowUpView patch(String id, long expectedVersion, FollowUpPatch patch) {
        Document current = load(id);
        IfMatch.check(expectedVersion, current.getLong("version"));
        Instant now = clock.instant();
        List<Bson> updates = new ArrayList<>(List.of(Updates.set("updatedAt", Docs.date(now)), Updates.inc("version", 1L)));
        boolean resolved = false;
        if (patch.status() != null && !patch.status().equals(current.getString("status"))) {
            int from = ORDER.indexOf(current.getString("status"));
            int to = ORDER.indexOf(patch.status());
            if (to < from) {
                throw ProblemException.conflict("A follow-up moves OPEN → IN_PROGRESS → RESOLVED; it cannot go back from "
                        + current.getString("status") + " to " + patch.status());
            }
            if (patch.status().equals("RESOLVED")) {
                if (blank(patch.resolution()) && blank(current.getString("resolution"))) {
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
            Document after = new Document(current).append("status", "RESOLVED").append("resolution",
                    blank(patch.resolution()) ? current.getString("resolution") : patch.resolution().strip());
            if (patch.assignee() != null) {
                after.append("assignee", patch.assignee().isBlank() ? null : patch.assignee().strip());
            }
            events.of(tenant.id()).event("followup.resolved", FeedbackEvents.followUpData(after))
                    .ifPresent(e -> updates.add(Updates.push(FeedbackEvents.OUTBOX, e)));
        }
        Document updated = store.followUps().findOneAndUpdate(
                Filters.and(Filters.eq("tenant", tenant.id()), Filters.eq("_id", id), Filters.eq("version", expectedVersion)),
                Updates.combine(updates), new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
        if (updated == null) {
            throw ProblemException.preconditionFailed("The follow-up was changed meanwhile. Read it again and retry.");
        }
        return view(updated, now);
    }

    private Document load(String id) {
        Document doc = store.followUps().find(Filters.eq("_id", id)).first();   // by the primary key; then whose it is
        if (doc == null || !tenant.id().equals(doc.getString("tenant"))) {
            throw ProblemException.notFound("follow-up", id);
        }
        return doc;
    }

    static FollowUpView view(Document d, Instant now) {
        Instant due = Docs.instant(d, "dueAt");
        List<FollowUpView.Note> notes = Docs.<Document>list(d, "notes").stream()
                .map(n -> new FollowUpView.Note(Docs.instant(n, "at"), n.getString("author"), n.getString("text"))).toList();
        return new FollowUpView(d.getString("_id"), d.getString("status"), d.getString("sourceType"), d.getString("sourceId"),
                d.getString("customerId"), d.getString("journeyId"), d.getString("stageKey"), d.getString("touchpointId"),
                d.getString("reason"), Docs.<String>list(d, "aspects"), d.getString("assignee"), due,
                due != null && due.isBefore(now) && !"RESOLVED".equals(d.getString("status")), notes,
                d.getString("resolution"), d.getString("painPointId"), Docs.instant(d, "createdAt"),
                Docs.instant(d, "updatedAt"), Docs.instant(d, "resolvedAt"), d.getLong("version"));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
