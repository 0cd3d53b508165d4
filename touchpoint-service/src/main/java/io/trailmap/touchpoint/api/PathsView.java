package io.trailmap.touchpoint.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

public record PathsView(
        UUID journeyId,
        String outcome,
        @Schema(description = "Customers with the outcome: the denominator of every path's `share`") int customers,
        @Schema(description = "The top `limit` (default 10) paths, most customers first") List<Path> paths,
        @Schema(description = "How many distinct paths there are in all, listed or not") int distinctPaths,
        @Schema(description = "True when `paths` lists only the top `limit` of `distinctPaths`") boolean truncated,
        @Schema(description = DataAsOf.DESCRIPTION) Instant dataAsOf) {

    public record Path(List<UUID> touchpointIds,
                       @Schema(required = true, ref = "#/components/schemas/NamesOrNulls") List<String> names,
                       int customers, double share) {
    }
}
