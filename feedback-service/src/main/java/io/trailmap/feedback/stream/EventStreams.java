package io.trailmap.feedback.stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The open event streams: each reads its tenant's {@link EventLog} after its position every
 * {@code trailmap.events.poll} (so it sees what every replica wrote) and sends what it finds as
 * server-sent events whose {@code id} is the sequence number (a client resumes with
 * {@code Last-Event-ID}); a comment every {@code trailmap.events.keep-alive} keeps idle connections
 * open. A stream ends when its client goes or the service stops.
 */
@ApplicationScoped
public class EventStreams {

    private static final Logger LOG = Logger.getLogger(EventStreams.class);
    private static final int PER_READ = 500;

    private final EventLog log;
    private final ObjectMapper json;
    private final Duration poll;
    private final long keepAliveEvery;
    private final ScheduledExecutorService readers = Executors.newScheduledThreadPool(2, Thread.ofPlatform().name("event-streams-", 0).daemon().factory());
    private final Set<Stream> open = ConcurrentHashMap.newKeySet();

    public EventStreams(EventLog log, ObjectMapper json,
                        @ConfigProperty(name = "trailmap.events.poll", defaultValue = "PT0.25S") Duration poll,
                        @ConfigProperty(name = "trailmap.events.keep-alive", defaultValue = "PT15S") Duration keepAlive) {
        this.log = log;
        this.json = json;
        this.poll = poll;
        this.keepAliveEvery = Math.max(1, keepAlive.toMillis() / Math.max(1, poll.toMillis()));
    }

    /** Streams the tenant's events after {@code position} of the given types (all when empty) to the sink. */
    public void open(String tenant, long position, Set<String> types, SseEventSink sink, Sse sse) {
        Stream stream = new Stream(tenant, position, types, sink, sse);
        open.add(stream);
        stream.task = readers.scheduleWithFixedDelay(stream::read, 0, poll.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** How many streams are open in this replica (metrics, tests). */
    public int openStreams() {
        return open.size();
    }

    void stop(@Observes ShutdownEvent shutdown) {
        open.forEach(Stream::close);
        readers.shutdownNow();
    }

    private final class Stream {
        private final String tenant;
        private final Set<String> types;
        private final SseEventSink sink;
        private final Sse sse;
        private long position;
        private long idleReads;
        private volatile ScheduledFuture<?> task;

        Stream(String tenant, long position, Set<String> types, SseEventSink sink, Sse sse) {
            this.tenant = tenant;
            this.position = position;
            this.types = types;
            this.sink = sink;
            this.sse = sse;
        }

        void read() {
            if (sink.isClosed()) {
                close();
                return;
            }
            try {
                EventLog.Page page = log.after(tenant, position, types, PER_READ);
                for (EventLog.Logged event : page.events()) {
                    send(sse.newEventBuilder().id(Long.toString(event.seq())).name(event.type()).mediaType(MediaType.APPLICATION_JSON_TYPE)
                            .data(String.class, payload(event)).build());
                }
                position = page.position();
                if (page.events().isEmpty() && ++idleReads % keepAliveEvery == 0) {
                    send(sse.newEventBuilder().comment("keep-alive").build());
                }
            } catch (RuntimeException e) {
                LOG.debugf(e, "an event stream of %s ended", tenant);
                close();
            }
        }

        private void send(OutboundSseEvent event) {
            sink.send(event).whenComplete((ignored, failure) -> {
                if (failure != null) {
                    close();
                }
            });
        }

        private String payload(EventLog.Logged event) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("seq", event.seq());
            body.put("type", event.type());
            body.put("at", event.at().toString());
            body.put("data", event.data());
            try {
                return json.writeValueAsString(body);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("an event's data is JSON", e);
            }
        }

        void close() {
            if (open.remove(this)) {
                ScheduledFuture<?> running = task;
                if (running != null) {
                    running.cancel(false);
                }
                if (!sink.isClosed()) {
                    sink.close();
                }
            }
        }
    }
}
