package io.trailmap.gateway.model;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A close-the-loop case opened by unhappy feedback")
public record FollowUp(@Id @NonNull String id, @NonNull Enums.FollowUpStatus status, String customerId, String journeyId,
                       String stageKey, String touchpointId, String reason, String assignee, String dueAt,
                       Boolean overdue, String resolution, @NonNull Integer version) {
}
