package io.trailmap.gateway.map;

import io.trailmap.common.http.QueryParams;
import io.trailmap.common.problem.ProblemException;
import io.trailmap.common.security.Roles;
import io.trailmap.gateway.client.TouchpointClient;
import io.trailmap.gateway.error.NotFoundError;
import io.trailmap.gateway.error.UnavailableError;
import io.trailmap.gateway.insights.InsightsService;
import io.trailmap.gateway.model.Touchpoint;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

@Path("/journeys/{id}/map.svg")
@Tag(name = "Journey map", description = "The journey map as a picture")
public class JourneyMapResource {

    private final InsightsService insights;
    private final TouchpointClient touchpoints;

    public JourneyMapResource(InsightsService insights, TouchpointClient touchpoints) {
        this.insights = insights;
        this.touchpoints = touchpoints;
    }

    @GET
    @Produces("image/svg+xml")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "The journey map as a picture", description = "Stages as columns, touchpoints, assumed and measured"
            + " emotion curves, pain points and conversion between stages.")
    @APIResponse(responseCode = "200", description = "The journey map as an SVG picture")
    @APIResponse(responseCode = "404", description = "No journey with this id in your tenant")
    @APIResponse(responseCode = "503", description = "journey-service could not be asked; the picture needs the journey")
    public String map(@PathParam("id") String id) {
        String journeyId = QueryParams.pathId("id", id).toString();
        InsightsService.Measured measured;
        try {
            measured = insights.measure(journeyId);
        } catch (UnavailableError e) {
            throw new ProblemException(io.trailmap.common.problem.Problem.of(503, "unavailable", "Service Unavailable", e.getMessage()));
        }
        if (measured == null) {
            throw ProblemException.notFound("journey", journeyId);
        }
        Map<String, List<Touchpoint>> byStage = new HashMap<>();
        try {
            for (Touchpoint t : touchpoints.linkedTo(List.of(journeyId))) {
                t.links().stream().filter(l -> l.journeyId().equals(journeyId))
                        .forEach(l -> byStage.computeIfAbsent(l.stageKey(), k -> new java.util.ArrayList<>()).add(t));
            }
        } catch (UnavailableError | NotFoundError e) {
            // the picture is still useful without touchpoints
        }
        return JourneyMapSvg.render(measured.journey(), measured.insights(), byStage);
    }
}
