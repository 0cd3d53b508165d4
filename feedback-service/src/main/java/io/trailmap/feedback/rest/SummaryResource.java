package io.trailmap.feedback.rest;

import io.trailmap.common.http.QueryParams;
import io.trailmap.common.problem.ProblemException;
import io.trailmap.common.security.Roles;
import io.trailmap.feedback.api.FeedbackSummary;
import io.trailmap.feedback.api.SummariesRequest;
import io.trailmap.feedback.api.SummaryKey;
import io.trailmap.feedback.api.SummarySource;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.ForbiddenException;
import io.trailmap.feedback.service.SummaryService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.List;
import java.util.Map;

@Path("/feedback")
@RolesAllowed(Roles.VIEWER)
@Tag(name = "Summaries", description = "NPS, CSAT, CES, sentiment, trends and top themes")
public class SummaryResource {

    private final SummaryService summaries;
    private final SecurityIdentity caller;

    public SummaryResource(SummaryService summaries, SecurityIdentity caller) {
        this.summaries = summaries;
        this.caller = caller;
    }

    @GET
    @Path("summary")
    @Operation(summary = "Feedback summary", description = "NPS = % promoters (9–10) − % detractors (0–6); CSAT = % of 4–5;"
            + " CES = mean; sentiment = mean comment score; trend by DAY, WEEK (ISO) or MONTH (UTC); topThemes: the aspects named most."
            + " Whole UTC days are read from buckets kept as feedback is stored (at once: a stored response counts in the next summary);"
            + " `source=RAW` (admin only, slow) recomputes everything from the stored feedback to verify them.")
    public FeedbackSummary summary(@QueryParam("journeyId") String journeyId, @QueryParam("stageKey") String stageKey,
                                   @QueryParam("touchpointId") String touchpointId, @QueryParam("from") String from,
                                   @QueryParam("to") String to, @QueryParam("interval") String interval,
                                   @QueryParam("source") String source) {
        Instant start = QueryParams.instant("from", from);
        Instant end = QueryParams.instant("to", to);
        checkRange(start, end);
        return summaries.summary(new SummaryKey(QueryParams.uuid("journeyId", journeyId),
                        stageKey == null || stageKey.isBlank() ? null : stageKey.strip(), QueryParams.uuid("touchpointId", touchpointId)),
                start, end, QueryParams.enumValue(SummaryService.Interval.class, "interval", interval), source(source));
    }

    @POST
    @Path("summaries")
    @Operation(summary = "Many summaries in one call", description = "Body {keys: [{journeyId?, stageKey?, touchpointId?}], from?, to?}"
            + " → {summaries: [...]} in the order of keys.")
    @APIResponse(responseCode = "200", description = "One summary per key, in the order of keys",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.OBJECT, requiredProperties = "summaries", properties = @SchemaProperty(name = "summaries", type = SchemaType.ARRAY,
                    implementation = FeedbackSummary.class))))
    public Map<String, List<FeedbackSummary>> summaries(@Valid @NotNull SummariesRequest body) {
        checkRange(body.from(), body.to());
        return Map.of("summaries", summaries.summaries(body.keys(), body.from(), body.to()));
    }

    /** {@code source=RAW} (admin only) recomputes from the stored feedback to verify the buckets; default BUCKETS. */
    private SummarySource source(String raw) {
        SummarySource chosen = QueryParams.enumValue(SummarySource.class, "source", raw);
        if (chosen == SummarySource.RAW && !caller.hasRole(Roles.ADMIN)) {
            throw new ForbiddenException("source=RAW needs the admin role");
        }
        return chosen;
    }

    private static void checkRange(Instant from, Instant to) {
        if (from != null && to != null && !from.isBefore(to)) {
            throw ProblemException.invalid("to", "must be after from");
        }
    }
}
