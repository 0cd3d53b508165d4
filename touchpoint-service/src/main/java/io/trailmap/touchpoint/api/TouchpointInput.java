package io.trailmap.touchpoint.api;

import io.trailmap.touchpoint.domain.Channel;
import io.trailmap.touchpoint.domain.FunnelPosition;
import io.trailmap.touchpoint.domain.Mode;
import io.trailmap.touchpoint.domain.StageLink;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * A touchpoint as clients write it; a PUT accepts a GET's body (read-only fields ignored).
 * {@code mode} defaults from the channel, {@code importance} to 3.
 */
public record TouchpointInput(
        @NotBlank @Size(max = 200) String name,
        @Schema(nullable = true) @Size(max = 4000) String description,
        @NotNull Channel channel,
        @Schema(nullable = true) @Size(max = 100) String platform,
        @Schema(nullable = true, description = "Default: from the channel (OFFLINE for print, events, in-store, phone)") Mode mode,
        @NotNull FunnelPosition funnelPosition,
        @Schema(nullable = true) @Size(max = 100) String ownerTeam,
        @Schema(nullable = true, description = "1 to 5, default 3") @Min(1) @Max(5) Integer importance,
        @Size(max = 50) List<@NotBlank @Size(max = 50) String> tags,
        @Size(max = 200) List<@Valid @NotNull StageLink> links) {
}
