package io.trailmap.gateway.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.trailmap.gateway.model.Funnel;
import io.trailmap.gateway.model.ServicePage;
import io.trailmap.gateway.model.Touchpoint;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.List;

@RegisterRestClient(configKey = "touchpoint-service")
@RegisterClientHeaders(BearerPropagation.class)
interface TouchpointServiceApi {

    @GET
    @Path("/touchpoints")
    ServicePage<Touchpoint> touchpoints(@QueryParam("channel") String channel, @QueryParam("journeyIds") String journeyIds,
                                        @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor);

    @POST
    @Path("/touchpoints")
    Touchpoint createTouchpoint(JsonNode body);

    @GET
    @Path("/touchpoints/{id}")
    jakarta.ws.rs.core.Response touchpoint(@PathParam("id") String id);

    @jakarta.ws.rs.PUT
    @Path("/touchpoints/{id}")
    Touchpoint replaceTouchpoint(@PathParam("id") String id, @jakarta.ws.rs.HeaderParam("If-Match") String ifMatch, JsonNode body);

    @GET
    @Path("/customers/{id}/timeline")
    JsonNode timeline(@PathParam("id") String customerId, @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor);

    @POST
    @Path("/interactions")
    io.trailmap.gateway.model.IngestResult ingest(JsonNode body);

    @GET
    @Path("/analytics/funnel")
    Funnel funnel(@QueryParam("journeyId") String journeyId, @QueryParam("stages") String stages,
                  @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("window") String window);

    @POST
    @Path("/analytics/funnels")
    FunnelList funnels(FunnelsRequest body);

    @GET
    @Path("/analytics/dropoffs")
    io.trailmap.gateway.model.DropOffs dropOffs(@QueryParam("journeyId") String journeyId, @QueryParam("stages") String stages);

    @POST
    @Path("/analytics/touchpoints")
    MetricsList metrics(MetricsRequest body);

    /** {@code {funnels: [...], dataAsOf}}. */
    record FunnelList(List<Funnel> funnels, String dataAsOf) {
    }

    /** {@code {metrics: [...], dataAsOf}}; null entries for ids not in the catalogue. */
    record MetricsList(List<io.trailmap.gateway.model.TouchpointMetrics> metrics, String dataAsOf) {
    }

    @GET
    @Path("/analytics/attribution")
    io.trailmap.gateway.model.Attribution attribution(@QueryParam("journeyId") String journeyId, @QueryParam("model") String model);

    @DELETE
    @Path("/customers/{id}")
    JsonNode erase(@PathParam("id") String customerId);
}
