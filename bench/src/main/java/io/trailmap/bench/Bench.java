package io.trailmap.bench;

import io.trailmap.demo.ServiceSuite;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import static io.trailmap.bench.Report.f;

/**
 * The whole benchmark: starts the four packaged services as production runs them (prod profile,
 * container-sized heaps), runs every measurement against them in one run and writes BENCHMARKS.md.
 * Arguments: {@code --quick} (a few minutes, smaller data), {@code --mongo-url=mongodb://…} (a real
 * MongoDB for feedback-service instead of the in-process wire server), {@code --out=FILE}.
 */
public final class Bench {

    private static final Set<String> ALL_ROLES = Set.of("viewer", "editor", "ingest", "admin");

    private Bench() {
    }

    /** Data sizes of a run. */
    record Sizes(int ingestEvents, Duration paced, int funnelCustomers, int funnelCalls, int gatewayReps, int feedbackResponses,
                 int feedbackCalls) {
        static Sizes of(boolean quick) {
            return quick ? new Sizes(100_000, Duration.ofSeconds(10), 100_000, 20, 50, 50_000, 10)
                    : new Sizes(1_000_000, Duration.ofSeconds(30), 1_000_000, 50, 200, 1_000_000, 20);
        }
    }

    public static void main(String[] args) throws Exception {
        boolean quick = List.of(args).contains("--quick");
        String mongo = option(args, "--mongo-url");
        Path out = Path.of(option(args, "--out") == null ? "BENCHMARKS.md" : option(args, "--out")).toAbsolutePath();
        Sizes sizes = Sizes.of(quick);
        Path work = Path.of(System.getProperty("java.io.tmpdir"), "trailmap-bench-" + System.currentTimeMillis());

        Map<String, Map<String, String>> env = new LinkedHashMap<>();
        env.put("touchpoint-service", Map.of("TRAILMAP_INGEST_QUOTA_EVENTS_PER_SECOND", "0"));
        env.put("feedback-service", mongo == null ? Map.of("TRAILMAP_FEEDBACK_QUOTA_ITEMS_PER_SECOND", "0")
                : Map.of("TRAILMAP_FEEDBACK_QUOTA_ITEMS_PER_SECOND", "0", "QUARKUS_MONGODB_CONNECTION_STRING", mongo));
        Map<String, List<String>> jvm = new LinkedHashMap<>();
        // as in the pods of k8s/base: one JVM per container, heap from the container's memory limit
        jvm.put("journey-service", List.of("-XX:MaxRAM=512m"));
        jvm.put("touchpoint-service", List.of("-XX:MaxRAM=768m"));
        jvm.put("gateway", List.of("-XX:MaxRAM=512m"));
        // with the in-process MongoDB double the data lives in this JVM's heap
        jvm.put("feedback-service", mongo == null ? List.of("-Xmx6g") : List.of("-XX:MaxRAM=768m"));

        Report report = new Report();
        report.header("# Trailmap benchmarks\n");
        report.header(f("- run: %s, `bench/run.sh%s` (%s mode)", Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS),
                quick ? " --quick" : "", quick ? "quick" : "full"));
        report.header(f("- machine: %s, %d cores, %d GiB; JVM %s (%s)", osName(), Runtime.getRuntime().availableProcessors(),
                totalMemoryGiB(), System.getProperty("java.version"), System.getProperty("java.vm.name")));
        report.header("- services: the packaged jars (Quarkus 3.34.1, prod profile) as separate processes, an embedded PostgreSQL"
                + " per service, feedback store: "
                + (mongo == null ? "mongo-java-server 1.47.0 in-process (**not** MongoDB)" : "MongoDB at the given URL"));
        report.header("- client, services and databases share the same cores: every ratio below is measured side by side in this run.");

        try (ServiceSuite suite = ServiceSuite.start(new ServiceSuite.Options(jvm, env, work), true)) {
            Map<String, Long> peakRss = new ConcurrentHashMap<>();
            ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
            Map<String, Http> services = new LinkedHashMap<>();
            for (String service : List.of("journey-service", "touchpoint-service", "feedback-service")) {
                services.put(service, new Http(suite.url(service), suite.token("bench", ALL_ROLES)));
            }
            Http gateway = new Http(suite.url("gateway"), suite.token("bench", ALL_ROLES));
            Map<String, Long> rssAfterFirst = firstRequests(suite, services, gateway);
            sampler.scheduleAtFixedRate(() -> sample(suite, peakRss), 0, 500, TimeUnit.MILLISECONDS);

            try (Connection touchpointDb = Database.of(work.resolve("data"), "touchpoint")) {
                report.header("- PostgreSQL: " + version(touchpointDb) + "\n");
                new IngestionBench(services.get("touchpoint-service"), touchpointDb, sizes.ingestEvents(), 4, sizes.paced()).run(report);
                new FunnelBench(services.get("touchpoint-service"), touchpointDb, "bench", sizes.funnelCustomers(), sizes.funnelCalls())
                        .run(report);
            }
            new GatewayBench(gateway, services, sizes.gatewayReps()).run(report);
            Map<String, Long> peakBeforeFeedbackData = new LinkedHashMap<>(peakRss);
            new FeedbackBench(services.get("feedback-service"), sizes.feedbackResponses(), sizes.feedbackCalls(),
                    mongo == null ? "the in-process wire server (mongo-java-server, memory backend) — real-MongoDB figures need a real"
                            + " MongoDB: `bench/run.sh --mongo-url=mongodb://…`" : "MongoDB at " + mongo.replaceAll("//[^@]*@", "//…@")).run(report);
            sampler.shutdownNow();
            footprint(report, suite, rssAfterFirst, peakBeforeFeedbackData, peakRss);
        }
        report.write(out);
        System.out.println("wrote " + out);
    }

    /** One authenticated request per service; answers the RSS of each after it. */
    private static Map<String, Long> firstRequests(ServiceSuite suite, Map<String, Http> services, Http gateway) throws Exception {
        services.get("journey-service").get("/journeys?limit=1");
        services.get("touchpoint-service").get("/touchpoints?limit=1");
        services.get("feedback-service").get("/surveys?limit=1");
        gateway.post("/graphql", Map.of("query", "{ personas { id } }"), 200);
        return suite.residentMemoryMiB();
    }

    private static void sample(ServiceSuite suite, Map<String, Long> peak) {
        try {
            suite.residentMemoryMiB().forEach((service, mib) -> peak.merge(service, mib, Math::max));
        } catch (Exception ignored) {
            // a sample missed
        }
    }

    private static void footprint(Report report, ServiceSuite suite, Map<String, Long> afterFirst, Map<String, Long> peakUnderLoad,
                                  Map<String, Long> peakAll) {
        report.section("5. Footprint", """
                Each service started alone (the one before it already ready), in the prod profile, with the heap a pod of
                k8s/base gets from its memory limit (`-XX:MaxRAM` = the limit; feedback-service with its in-process store gets
                6 GiB because the data lives in its heap). Time to first served request: from starting the JVM to the first
                answered readiness check, which includes starting its embedded PostgreSQL (journey, touchpoint) or MongoDB
                double (feedback) — a pod with an external database starts faster. RSS from /proc: after one authenticated
                request, and the peak sampled every 0.5 s through sections 1–3 (under load).""");
        for (String service : ServiceSuite.SERVICES) {
            Duration ready = suite.readyAfter().get(service);
            report.row(service + ": time to first served request", f("%.2f s", ready.toMillis() / 1000.0), "", "", "≤ 1.5 s",
                    ready.toMillis() <= 1500);
            long first = afterFirst.getOrDefault(service, -1L);
            long load = peakUnderLoad.getOrDefault(service, -1L);
            boolean inHeapStore = service.equals("feedback-service");
            report.row(service + ": RSS after first request / peak under load", f("%d / %d MiB", first, load), "", "", "≤ 200 MiB",
                    inHeapStore ? null : first <= 200 && load <= 200);
        }
        report.row("feedback-service: peak RSS holding the section 4 data in its heap", f("%d MiB", peakAll.getOrDefault("feedback-service", -1L)),
                "", "", "", null);
    }

    private static String option(String[] args, String name) {
        for (String arg : args) {
            if (arg.startsWith(name + "=")) {
                return arg.substring(name.length() + 1);
            }
        }
        return null;
    }

    private static String version(Connection db) throws Exception {
        try (var s = db.createStatement(); var r = s.executeQuery("SHOW server_version")) {
            r.next();
            return r.getString(1);
        }
    }

    private static String osName() {
        try {
            return Files.readAllLines(Path.of("/etc/os-release")).stream().filter(l -> l.startsWith("PRETTY_NAME="))
                    .map(l -> l.substring(13, l.length() - 1)).findFirst().orElse(System.getProperty("os.name"));
        } catch (Exception e) {
            return System.getProperty("os.name");
        }
    }

    private static long totalMemoryGiB() {
        try {
            return Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal:"))
                    .map(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024 / 1024).findFirst().orElse(-1L);
        } catch (Exception e) {
            return -1;
        }
    }
}
