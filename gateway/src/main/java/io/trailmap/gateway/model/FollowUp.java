package io.trailmap.gateway.model;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.Instant;

@Description("A close-the-loop case opened by unhappy feedback")
public record FollowUp(
        @Id @NonNull @Description("The case's id") String id,
        @NonNull @Description("OPEN, IN_PROGRESS or RESOLVED") Enums.FollowUpStatus status,
        @Description("The unhappy customer") @Id String customerId,
        @Description("The journey the feedback was about") @Id String journeyId,
        @Description("The stage the feedback was about") String stageKey,
        @Description("The touchpoint the feedback was about") @Id String touchpointId,
        @Description("Why the case was opened, e.g. detractor or negative review") String reason,
        @Description("Who works on it") String assignee,
        @Description("When it must be resolved (ISO-8601)") String dueAt,
        @Description("Not resolved and past dueAt") Boolean overdue,
        @Description("How it was resolved") String resolution,
        @NonNull @Description("Optimistic-locking version; pass it to updateFollowUp") Integer version,
        @Description("When the case was opened") Instant createdAt) {
}
