package io.trailmap.feedback.stream;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.trailmap.feedback.service.Docs;
import io.trailmap.feedback.service.Store;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.bson.Document;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What happened in a tenant, in order, for the event streams ({@code GET /events}) that the gateway's
 * subscriptions read: each event has a sequence number of its tenant, allocated by one atomic
 * increment per batch (so replicas never hand out the same number) and kept for
 * {@code trailmap.events.retention}. An event is written right after its cause; a stream reader
 * resuming after sequence {@code n} gets every event after {@code n} still held.
 */
@ApplicationScoped
public class EventLog {

    public static final String FEEDBACK_RECEIVED = "feedback.received";
    public static final String FOLLOWUP_CHANGED = "followup.changed";
    public static final Set<String> TYPES = Set.of(FEEDBACK_RECEIVED, FOLLOWUP_CHANGED);
    /** What an event of an erased customer becomes: its number stays (readers see no hole), its data goes. */
    private static final String ERASED = "erased";

    /**
     * A number handed out but not yet written is a gap a reader waits for this long (the writer is
     * between its two statements); after that, its writer is taken to have died and the gap is passed.
     */
    static final Duration GAP_PATIENCE = Duration.ofSeconds(2);

    /** One event as held: its tenant's sequence number, type, time and data. */
    public record Logged(long seq, String type, Instant at, Document data) {
    }

    private final MongoCollection<Document> events;
    private final MongoCollection<Document> sequences;
    private final Clock clock;
    private final Duration retention;

    public EventLog(Store store, Clock clock, @ConfigProperty(name = "trailmap.events.retention", defaultValue = "P1D") Duration retention) {
        this.events = store.collection("event_log", Document.class);
        this.sequences = store.collection("event_log_sequences", Document.class);
        this.clock = clock;
        this.retention = retention;
    }

    void declareIndexes(@Observes StartupEvent start) {
        events.createIndex(Indexes.ascending("tenant", "seq"), new IndexOptions().unique(true));
        events.createIndex(Indexes.ascending("at"));
    }

    /** Appends events of one type, one per data map, in order. */
    public void append(String tenant, String type, List<Map<String, ?>> data) {
        if (data.isEmpty()) {
            return;
        }
        Document counter = sequences.findOneAndUpdate(Filters.eq("_id", tenant), Updates.inc("seq", (long) data.size()),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
        long first = counter.get("seq", Number.class).longValue() - data.size() + 1;
        Instant at = clock.instant();
        List<Document> written = new ArrayList<>(data.size());
        for (int i = 0; i < data.size(); i++) {
            written.add(new Document("tenant", tenant).append("seq", first + i).append("type", type).append("at", Docs.date(at))
                    .append("data", new Document(data.get(i))));
        }
        events.insertMany(written);
    }

    /** The newest sequence number handed out in the tenant (0 before its first event): where a stream "from now" starts. */
    public long head(String tenant) {
        Document counter = sequences.find(Filters.eq("_id", tenant)).first();
        return counter == null ? 0 : counter.get("seq", Number.class).longValue();
    }

    /**
     * Up to {@code limit} events after {@code seq}, in order and without holes: the answer stops before a
     * missing number that is still being written ({@link #GAP_PATIENCE}), so a reader never passes an
     * event that is about to appear. {@code types} filters what is answered, not what is read.
     */
    public Page after(String tenant, long seq, Set<String> types, int limit) {
        List<Logged> found = new ArrayList<>();
        long next = seq;
        Instant patience = clock.instant().minus(GAP_PATIENCE);
        for (Document d : events.find(Filters.and(Filters.eq("tenant", tenant), Filters.gt("seq", seq))).sort(Sorts.ascending("seq"))
                .limit(limit)) {
            long number = d.get("seq", Number.class).longValue();
            Instant at = d.getDate("at").toInstant();
            if (number != next + 1 && !at.isBefore(patience)) {
                break;
            }
            next = number;
            String type = d.getString("type");
            if (!ERASED.equals(type) && (types.isEmpty() || types.contains(type))) {
                found.add(new Logged(number, d.getString("type"), at, d.get("data", Document.class)));
            }
        }
        return new Page(found, next);
    }

    /** Events read after a position, and the position the next read starts from (past events filtered out). */
    public record Page(List<Logged> events, long position) {
    }

    /** Forgets what the tenant's events said of the customer (an erasure): each keeps its number, without type or data. */
    public void forgetCustomer(String tenant, String customerId) {
        events.updateMany(Filters.and(Filters.eq("tenant", tenant), Filters.eq("data.customerId", customerId)),
                Updates.combine(Updates.set("type", ERASED), Updates.unset("data")));
    }

    @Scheduled(every = "${trailmap.events.purge-every:10m}", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purge() {
        events.deleteMany(Filters.lt("at", Docs.date(clock.instant().minus(retention))));
    }
}
