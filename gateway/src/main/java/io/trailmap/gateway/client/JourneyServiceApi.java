package io.trailmap.gateway.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.trailmap.gateway.model.Journey;
import io.trailmap.gateway.model.Persona;
import io.trailmap.gateway.model.ServicePage;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

@RegisterRestClient(configKey = "journey-service")
@RegisterClientHeaders(BearerPropagation.class)
interface JourneyServiceApi {

    @GET
    @Path("/journeys")
    ServicePage<Journey> journeys(@QueryParam("status") String status, @QueryParam("segment") String segment,
                                  @QueryParam("mapType") String mapType, @QueryParam("q") String q,
                                  @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor);

    @GET
    @Path("/journeys/{id}")
    Journey journey(@PathParam("id") String id);

    @POST
    @Path("/journeys")
    Journey createJourney(JsonNode body);

    @PUT
    @Path("/journeys/{id}")
    Journey updateJourney(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, JsonNode body);

    @POST
    @Path("/journeys/{id}/publish")
    JsonNode publish(@PathParam("id") String id);

    @POST
    @Path("/templates/{key}/instantiate")
    Journey instantiate(@PathParam("key") String key, JsonNode body);

    @GET
    @Path("/personas")
    ServicePage<Persona> personas(@QueryParam("ids") String ids, @QueryParam("limit") Integer limit,
                                  @QueryParam("cursor") String cursor);

    @POST
    @Path("/personas")
    Persona createPersona(JsonNode body);
}
