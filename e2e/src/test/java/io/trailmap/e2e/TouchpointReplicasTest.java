package io.trailmap.e2e;

import io.trailmap.demo.ServiceClient;
import io.trailmap.demo.ServiceSuite;
import io.trailmap.testsupport.Eventually;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.IntUnaryOperator;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two touchpoint-service replicas ({@code touchpoint-a}, {@code touchpoint-b}: separate processes) on one
 * PostgreSQL, which this class starts itself so that killing a replica leaves the database up, as a managed
 * one stays up when a pod dies. Two CRM clients of one tenant send the same batches, one client to each
 * replica, in different orders: every batch reaches both replicas, some at the same moment, and a customer's
 * events are spread over many batches, out of time order. touchpoint-b is killed with SIGKILL while they send
 * and started again; its client retries what was not acknowledged, and a dashboard reads the funnel through
 * both meanwhile. Then, asked with {@code minDataAsOf} = the last {@code acknowledgedAt} either client got,
 * both replicas count every event once and answer the same funnel, equal to the recomputation from raw events
 * (DESIGN §5 "Freshness"). The steps build on each other, in order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(SharedSuite.class)
class TouchpointReplicasTest {

    private static final String TENANT = "initech";
    private static final String A = "touchpoint-a";
    private static final String B = "touchpoint-b";
    private static final List<String> STAGES = List.of("discover", "compare", "buy");
    /** Customer c reaches the first 1 + c % 3 stages: 6 000, 4 000, 2 000 per stage; two events per stage reached. */
    private static final int CUSTOMERS = 6_000;
    private static final int[] REACHED = {6_000, 4_000, 2_000};
    private static final int EVENTS = 2 * (6_000 + 4_000 + 2_000);
    private static final int PER_BATCH = 1_000;
    /**
     * Each client flushes a batch this often, so that the run outlasts the killed replica's restart: both replicas
     * then take new events (and the same ones at once) after it too, and client b catches up on its backlog.
     */
    private static final Duration INTERVAL = Duration.ofMillis(500);
    private static final ObjectMapper JSON = new ObjectMapper();

    private static ServiceSuite suite;
    private static EmbeddedPostgres database;
    private static String journeyId;
    private static String touchpointId;
    /** What each client finally got for each batch, by batch number (the same numbering for both clients). */
    private static final Map<String, List<RetryingClient.Ack>> acks = new LinkedHashMap<>();
    /** The latest {@code acknowledgedAt} either client was answered: every answer asked with it as minDataAsOf counts every event. */
    private static Instant lastAcknowledgement;

    @BeforeAll
    static void startTwoReplicasOnOneDatabase(ServiceSuite running) throws Exception {
        suite = running;
        database = EmbeddedPostgres.builder()
                .setDataDirectory(suite.work().resolve("data-replicas").resolve("postgres"))
                .setCleanDataDirectory(true)
                .start();
        // both at once, as the pods of a Deployment start: their migrations meet on the empty database
        suite.startReplicas("touchpoint-service", Map.of(
                "QUARKUS_DATASOURCE_JDBC_URL", database.getJdbcUrl("postgres", "postgres"),
                "QUARKUS_DATASOURCE_USERNAME", "postgres",
                "QUARKUS_DATASOURCE_PASSWORD", "postgres"), List.of(A, B));
    }

    @AfterAll
    static void stopTheReplicasAndTheirDatabase() throws Exception {
        if (suite != null) {
            suite.kill(A);   // nothing left to finish: the database goes next
            suite.kill(B);
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    @Order(1)
    void aTouchpointCreatedThroughOneReplicaIsFoundThroughTheOther() {
        journeyId = UUID.randomUUID().toString();
        touchpointId = suite.client(A, TENANT, "editor").post("/touchpoints", Map.of("name", "Comparison site", "channel", "WEBSITE",
                "funnelPosition", "MOFU")).expect(201).json().get("id").asText();

        JsonNode found = suite.client(B, TENANT, "viewer").get("/touchpoints/" + touchpointId).expect(200).json();
        assertThat(found.get("name").asText()).isEqualTo("Comparison site");
    }

    @Test
    @Order(2)
    void duplicatedBatchesThroughBothReplicasWhileOneIsKilledAreEachAcknowledgedAndStoredOnce() throws Exception {
        List<String> batches = batches();
        int count = batches.size();
        // client b starts half-way through and wraps round: the two meet every batch, one after or beside the other
        List<Integer> orderOfB = IntStream.range(0, count).map(k -> (k + count / 2) % count).boxed().toList();
        RetryingClient toA = new RetryingClient(suite.url(A) + "/interactions", suite.token(TENANT, "ingest"), batches, INTERVAL);
        RetryingClient toB = new RetryingClient(suite.url(B) + "/interactions", suite.token(TENANT, "ingest"),
                orderOfB.stream().map(batches::get).toList(), INTERVAL);
        Thread crmA = new Thread(toA, "crm-a");
        Thread crmB = new Thread(toB, "crm-b");
        Dashboard dashboard = new Dashboard();
        Thread refreshing = new Thread(dashboard, "dashboard");
        crmA.start();
        crmB.start();
        refreshing.start();

        // early enough that, back from its restart, b catches up on its backlog past a's paced batches: it takes new
        // events again, and a the same ones just after
        Eventually.until(toB.acknowledged::get, acknowledged -> acknowledged >= count / 6 || !crmB.isAlive(), Duration.ofSeconds(60),
                "a sixth of client b's batches to be acknowledged");
        int beforeTheKill = toB.acknowledged.get();
        long killed = System.nanoTime();
        suite.kill(B);
        suite.restart(B);
        double downFor = (System.nanoTime() - killed) / 1e9;
        crmA.join(Duration.ofMinutes(3).toMillis());
        crmB.join(Duration.ofMinutes(3).toMillis());
        assertThat(toA.failure).isNull();
        assertThat(toB.failure).isNull();
        assertThat(crmA.isAlive() || crmB.isAlive()).as("a client still sending after 3 minutes").isFalse();
        dashboard.closed = true;
        refreshing.join(Duration.ofSeconds(30).toMillis());
        System.out.printf("e2e: the dashboard read the funnel %s times while the batches flowed%n", dashboard.answered);

        acks.put(A, byBatch(toA.acks.stream().toList(), k -> k, count));
        acks.put(B, byBatch(toB.acks.stream().toList(), orderOfB::get, count));
        System.out.printf("e2e: two replicas, kill -9 of one (down %.1f s): %d of %d batches retried through %s; events accepted"
                        + " through a %d, through b %d (%d of them after its restart)%n",
                downFor, acks.get(B).stream().filter(ack -> ack.attempts() > 1).count(), count, B,
                acks.get(A).stream().mapToInt(RetryingClient.Ack::accepted).sum(), acks.get(B).stream().mapToInt(RetryingClient.Ack::accepted).sum(),
                toB.acks.stream().filter(ack -> ack.batch() >= beforeTheKill).mapToInt(RetryingClient.Ack::accepted).sum());
        assertThat(acks.get(B)).as("batches retried through the killed replica").anyMatch(ack -> ack.attempts() > 1);
        for (int k = 0; k < count; k++) {
            RetryingClient.Ack viaA = acks.get(A).get(k);
            RetryingClient.Ack viaB = acks.get(B).get(k);
            assertThat(viaA.accepted() + viaA.duplicates()).as("batch %d through %s", k, A).isEqualTo(PER_BATCH);
            assertThat(viaB.accepted() + viaB.duplicates()).as("batch %d through %s", k, B).isEqualTo(PER_BATCH);
            // each event is accepted by one replica; only an attempt whose answer was lost can hide an acceptance
            if (viaA.attempts() == 1 && viaB.attempts() == 1) {
                assertThat(viaA.accepted() + viaB.accepted()).as("batch %d accepted through both", k).isEqualTo(PER_BATCH);
            } else {
                assertThat(viaA.accepted() + viaB.accepted()).as("batch %d accepted through both", k).isLessThanOrEqualTo(PER_BATCH);
            }
        }
        assertThat(dashboard.answered).as("funnels read through each replica while the batches flowed").containsKeys(A, B);
        assertThat(dashboard.overcounts).as("funnels counting more customers than there are").isEmpty();
        assertThat(dashboard.undated).as("funnels without dataAsOf").isEmpty();
        List<Instant> acknowledged = acks.values().stream().flatMap(List::stream).map(RetryingClient.Ack::acknowledgedAt).toList();
        assertThat(acknowledged).as("acknowledgedAt of every 202").doesNotContainNull();
        lastAcknowledgement = Collections.max(acknowledged);
    }

    @Test
    @Order(3)
    void bothReplicasCountEveryEventOnceTheirDataAsOfPassesTheLastAcknowledgement() {
        for (String replica : List.of(A, B)) {
            long asked = System.nanoTime();
            JsonNode freshness = counted(replica, "viewer", "/analytics/freshness");
            System.out.printf("e2e: %s counts every acknowledged event %d ms after it was asked: %s%n", replica,
                    (System.nanoTime() - asked) / 1_000_000, freshness);
            JsonNode metrics = counted(replica, "viewer", "/analytics/touchpoints/" + touchpointId);
            assertThat(metrics.get("interactions").asLong()).as("interactions through %s", replica).isEqualTo(EVENTS);
            assertThat(metrics.get("reach").asLong()).as("customers through %s", replica).isEqualTo(CUSTOMERS);
            assertThat(metrics.get("conversions").asLong()).as("buyers through %s", replica).isEqualTo(REACHED[2]);
        }
    }

    @Test
    @Order(4)
    void bothReplicasAnswerTheFunnelOfTheRawEventsFromTheirRollupsOnceTheirDataAsOfPassesTheLastAcknowledgement() {
        String funnel = funnel();
        JsonNode rawA = counted(A, "admin", funnel + "&source=RAW").get("stages");
        for (int k = 0; k < STAGES.size(); k++) {
            assertThat(rawA.get(k).get("customers").asInt()).as("raw %s", STAGES.get(k)).isEqualTo(REACHED[k]);
        }
        for (String replica : List.of(A, B)) {
            JsonNode rollup = counted(replica, "viewer", funnel).get("stages");
            JsonNode raw = counted(replica, "admin", funnel + "&source=RAW").get("stages");
            assertThat(rollup).as("rollup funnel through %s", replica).isEqualTo(rawA);
            assertThat(raw).as("raw funnel through %s", replica).isEqualTo(rawA);
        }
    }

    /**
     * An analytics answer through {@code replica} that counts every acknowledged event: asked with minDataAsOf =
     * the last acknowledgement, the replica waits for its rollups to pass it; a 503 (problem+json with
     * Retry-After) says they have not yet, and it is asked again, within a deadline. Its dataAsOf has passed it.
     */
    private static JsonNode counted(String replica, String role, String path) {
        assertThat(lastAcknowledgement).as("the last acknowledgement, from the ingestion step").isNotNull();
        ServiceClient client = suite.client(replica, TENANT, role);
        String asked = path + (path.contains("?") ? "&" : "?") + "minDataAsOf=" + ServiceClient.encode(lastAcknowledgement.toString());
        ServiceClient.Answer answer = Eventually.until(() -> {
            ServiceClient.Answer tried = client.get(asked);
            if (tried.status() == 503) {
                assertThat(tried.headers().firstValue("Retry-After")).as("Retry-After of a 503 from %s", asked).isPresent();
                assertThat(tried.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            }
            return tried;
        }, tried -> tried.status() != 503, Duration.ofSeconds(60), replica + " to count what was acknowledged by " + lastAcknowledgement);
        JsonNode body = answer.expect(200).json();
        assertThat(body.hasNonNull("dataAsOf")).as("dataAsOf of %s through %s: %s", path, replica, body).isTrue();
        assertThat(Instant.parse(body.get("dataAsOf").asText())).as("dataAsOf of %s through %s", path, replica)
                .isAfterOrEqualTo(lastAcknowledgement);
        return body;
    }

    private static String funnel() {
        return "/analytics/funnel?journeyId=" + journeyId + "&stages=" + String.join(",", STAGES);
    }

    /**
     * A dashboard open on both replicas while the batches flow, refreshing the funnel through each in turn: the
     * replicas compute (and may keep) funnels of data still changing, which their answers afterwards must not
     * show. No answer may count more customers at a stage than there are, and each says its dataAsOf.
     */
    private static final class Dashboard implements Runnable {

        final Map<String, Integer> answered = new ConcurrentHashMap<>();
        final Queue<String> overcounts = new ConcurrentLinkedQueue<>();
        final Queue<String> undated = new ConcurrentLinkedQueue<>();
        volatile boolean closed;

        @Override
        public void run() {
            Map<String, ServiceClient> viewers = Map.of(A, suite.client(A, TENANT, "viewer"), B, suite.client(B, TENANT, "viewer"));
            while (!closed) {
                for (String replica : List.of(A, B)) {
                    try {
                        ServiceClient.Answer answer = viewers.get(replica).get(funnel());
                        if (answer.status() == 200) {
                            answered.merge(replica, 1, Integer::sum);
                            if (!answer.json().hasNonNull("dataAsOf")) {
                                undated.add(replica + ": " + answer.text());
                            }
                            JsonNode stages = answer.json().get("stages");
                            for (int k = 0; k < STAGES.size(); k++) {
                                if (stages.get(k).get("customers").asInt() > REACHED[k]) {
                                    overcounts.add(replica + ": " + stages);
                                }
                            }
                        }
                    } catch (IllegalStateException down) {
                        // the killed replica, until it is back
                    }
                }
                try {
                    Thread.sleep(250);   // a refresh interval, not a wait for anything
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    /** The acknowledgements of one client by batch number ({@code batchOf}: its k-th batch → the batch number). */
    private static List<RetryingClient.Ack> byBatch(List<RetryingClient.Ack> received, IntUnaryOperator batchOf, int count) {
        assertThat(received).hasSize(count);
        RetryingClient.Ack[] ordered = new RetryingClient.Ack[count];
        received.forEach(ack -> ordered[batchOf.applyAsInt(ack.batch())] = ack);
        return List.of(ordered);
    }

    /**
     * Every customer's events (a VIEW and a CLICK per stage reached, an hour between stages; the last stage's
     * CLICK a PURCHASE) shuffled over batches of {@link #PER_BATCH}, so that a customer's events arrive in many
     * batches, later stages often first.
     */
    private static List<String> batches() throws Exception {
        Instant start = Instant.now().minus(6, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        List<Map<String, Object>> events = new ArrayList<>();
        for (int c = 0; c < CUSTOMERS; c++) {
            Instant first = start.plusSeconds(c);
            for (int k = 0; k <= c % 3; k++) {
                Instant at = first.plus(k, ChronoUnit.HOURS);
                events.add(event("replica-" + c + "-" + k + "-view", c, k, "VIEW", at));
                events.add(event("replica-" + c + "-" + k + "-act", c, k, k == 2 ? "PURCHASE" : "CLICK", at.plus(5, ChronoUnit.MINUTES)));
            }
        }
        assertThat(events).hasSize(EVENTS);
        Collections.shuffle(events, new Random(18));
        List<String> batches = new ArrayList<>();
        for (int from = 0; from < events.size(); from += PER_BATCH) {
            batches.add(JSON.writeValueAsString(events.subList(from, from + PER_BATCH)));
        }
        return batches;
    }

    private static Map<String, Object> event(String eventId, int customer, int stage, String type, Instant at) {
        return Map.of("eventId", eventId, "customerId", "replica-customer-" + customer, "journeyId", journeyId,
                "stageKey", STAGES.get(stage), "touchpointId", touchpointId, "type", type, "occurredAt", at.toString());
    }
}
