package io.trailmap.gateway.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.trailmap.gateway.model.FeedbackSummary;
import io.trailmap.gateway.model.FollowUp;
import io.trailmap.gateway.model.ServicePage;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.List;
import java.util.Map;

@RegisterRestClient(configKey = "feedback-service")
@RegisterClientHeaders(BearerPropagation.class)
interface FeedbackServiceApi {

    @POST
    @Path("/feedback/summaries")
    Map<String, List<FeedbackSummary>> summaries(SummariesRequest body);

    @GET
    @Path("/follow-ups")
    ServicePage<FollowUp> followUps(@QueryParam("status") String status, @QueryParam("overdue") Boolean overdue,
                                    @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor);

    @PATCH
    @Path("/follow-ups/{id}")
    FollowUp updateFollowUp(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, JsonNode body);

    @POST
    @Path("/responses")
    io.trailmap.gateway.model.FeedbackSubmission submit(JsonNode body);

    @GET
    @Path("/responses")
    JsonNode responsesOf(@QueryParam("customerId") String customerId, @QueryParam("limit") Integer limit,
                         @QueryParam("cursor") String cursor);

    @DELETE
    @Path("/customers/{id}")
    JsonNode erase(@PathParam("id") String customerId);
}
