package io.trailmap.feedback.domain;

import org.bson.Document;
import org.bson.codecs.pojo.annotations.BsonId;
import org.bson.codecs.pojo.annotations.BsonProperty;

import java.time.Instant;
import java.util.List;

/**
 * A close-the-loop case as stored in {@code follow_ups} (record codec), keyed by the feedback it comes from
 * ({@code tenant}, {@code sourceType}, {@code sourceId}: unique). Status moves OPEN → IN_PROGRESS → RESOLVED.
 */
public record FollowUp(@BsonId String id, String tenant, String sourceType, String sourceId, String status, String customerId,
                       String journeyId, String stageKey, String touchpointId, String reason, List<String> aspects,
                       String assignee, Instant dueAt, List<Note> notes, String resolution, String painPointId,
                       Instant createdAt, Instant updatedAt, Instant resolvedAt, Long version,
                       @BsonProperty("overdueAnnounced") Boolean overdueAnnounced, List<Document> outbox) {

    public static final String OPEN = "OPEN";
    public static final String IN_PROGRESS = "IN_PROGRESS";
    public static final String RESOLVED = "RESOLVED";

    public FollowUp {
        aspects = aspects == null ? List.of() : aspects;
        notes = notes == null ? List.of() : notes;
    }

    public record Note(Instant at, String author, String text) {
    }

    public FollowUp withOutbox(List<Document> events) {
        return new FollowUp(id, tenant, sourceType, sourceId, status, customerId, journeyId, stageKey, touchpointId, reason, aspects,
                assignee, dueAt, notes, resolution, painPointId, createdAt, updatedAt, resolvedAt, version, overdueAnnounced, events);
    }

    /** The case as a resolution leaves it (what the followup.resolved event tells). */
    public FollowUp resolved(String newResolution, String newAssignee) {
        return new FollowUp(id, tenant, sourceType, sourceId, RESOLVED, customerId, journeyId, stageKey, touchpointId, reason, aspects,
                newAssignee, dueAt, notes, newResolution, painPointId, createdAt, updatedAt, resolvedAt, version, overdueAnnounced, outbox);
    }

    public boolean overdueAt(Instant now) {
        return dueAt != null && dueAt.isBefore(now) && !RESOLVED.equals(status);
    }
}
