package io.trailmap.feedback.rest;

import io.trailmap.common.problem.ProblemException;
import io.trailmap.common.security.CurrentTenant;
import io.trailmap.common.security.Roles;
import io.trailmap.feedback.stream.EventLog;
import io.trailmap.feedback.stream.EventStreams;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

@Path("/events")
@Tag(name = "Events", description = "What happens in your tenant, as a stream of server-sent events")
public class EventStreamResource {

    private final EventStreams streams;
    private final EventLog log;
    private final CurrentTenant tenant;

    public EventStreamResource(EventStreams streams, EventLog log, CurrentTenant tenant) {
        this.streams = streams;
        this.log = log;
        this.tenant = tenant;
    }

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Stream the tenant's events",
            description = "Server-sent events `feedback.received` (a response or review stored) and `followup.changed` (a case opened"
                    + " or changed), each with `id` = its sequence number in the tenant and data `{seq, type, at, data}`. Without"
                    + " `Last-Event-ID` the stream starts with the next event; with it, it replays every event after that id that"
                    + " the service still holds (a day by default), then follows. A comment line every 15 s keeps the connection open.")
    @APIResponse(responseCode = "200", description = "The stream (it stays open)", content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS,
            schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "An unknown event type, or a Last-Event-ID that is no sequence number")
    public void streamEvents(@Context SseEventSink sink, @Context Sse sse,
                       @Parameter(description = "The id of the last event received: the stream resumes after it")
                       @HeaderParam("Last-Event-ID") String lastEventId,
                       @Parameter(description = "Comma-separated event types to receive (default: all)") @QueryParam("types") String types) {
        Set<String> wanted = types(types);
        String t = tenant.id();
        long position = lastEventId == null || lastEventId.isBlank() ? log.head(t) : position(lastEventId);
        streams.open(t, position, wanted, sink, sse);
    }

    private static Set<String> types(String types) {
        if (types == null || types.isBlank()) {
            return Set.of();
        }
        Set<String> wanted = Arrays.stream(types.split(",")).map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
        Set<String> unknown = new TreeSet<>(wanted);
        unknown.removeAll(EventLog.TYPES);
        if (!unknown.isEmpty()) {
            throw ProblemException.invalid("types", "unknown event types " + unknown + "; known: " + new TreeSet<>(EventLog.TYPES));
        }
        return Set.copyOf(wanted);
    }

    private static long position(String lastEventId) {
        try {
            long position = Long.parseLong(lastEventId.strip());
            if (position >= 0) {
                return position;
            }
        } catch (NumberFormatException ignored) {
            // answered below
        }
        throw ProblemException.invalid("Last-Event-ID", "must be the id of an event of this stream, a number ≥ 0");
    }
}
