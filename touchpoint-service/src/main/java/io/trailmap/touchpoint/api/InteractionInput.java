package io.trailmap.touchpoint.api;

import io.trailmap.common.validation.StageKey;
import io.trailmap.touchpoint.domain.Channel;
import io.trailmap.touchpoint.domain.InteractionType;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** One tracked event of one customer at one touchpoint, as CRMs, trackers and shops send it. */
public record InteractionInput(
        @NotBlank @Size(max = 128) String eventId,
        @NotBlank @Size(max = 128) String customerId,
        @NotNull UUID journeyId,
        @NotBlank @StageKey String stageKey,
        @NotNull UUID touchpointId,
        @NotNull InteractionType type,
        @NotNull Instant occurredAt,
        @Schema(nullable = true) Channel channel,
        @Schema(nullable = true) @DecimalMin("-1000000000") @DecimalMax("1000000000") BigDecimal value,
        @Schema(nullable = true) @Pattern(regexp = "^[A-Z]{3}$", message = "must be an ISO 4217 code such as EUR") String currency,
        @Schema(nullable = true) @Size(max = 64) String variant,
        @Schema(nullable = true) @Size(max = 128) String sessionId,
        @Schema(nullable = true) @Size(max = 50) Map<String, Object> attributes) {
}
