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
 * Arguments: {@code --quick} (a few minutes, smaller data), {@code --mongo-memory} (the MongoDB double on its memory backend), {@code --mongo-url=mongodb://…} (a real
 * MongoDB for feedback-service instead of the in-process wire server), {@code --out=FILE},
 * {@code --only=ingestion,funnel,analytics,gateway,feedback,footprint} (some sections; analytics needs funnel's data; the others are kept from the
 * existing file, marked with their run), {@code --funnel-ingest-rate=N} (section 2's ingestion rate in events/s,
 * default half of section 1's measured rate), {@code --profile} (JFR CPU samples and native-memory summaries of
 * every service, left in the work directory).
 */
public final class Bench {

    private static final Set<String> ALL_ROLES = Set.of("viewer", "editor", "ingest", "admin");

    private Bench() {
    }

    /** Data sizes of a run; {@code funnelIngesting}: how long section 2 serves the funnel while ingesting. */
    record Sizes(int ingestEvents, Duration paced, int funnelCustomers, int funnelCalls, Duration funnelIngesting, int gatewayReps,
                 int feedbackResponses, int feedbackCalls) {
        static Sizes of(boolean quick) {
            return quick ? new Sizes(200_000, Duration.ofSeconds(10), 100_000, 20, Duration.ofSeconds(40), 50, 20_000, 20)
                    : new Sizes(2_000_000, Duration.ofSeconds(30), 1_000_000, 50, Duration.ofSeconds(180), 200, 100_000, 50);
        }
    }

    /** Section 2's ingestion rate when section 1 does not run ({@code --funnel-ingest-rate=} overrides it). */
    private static final double DEFAULT_FUNNEL_INGEST_RATE = 10_000;

    public static void main(String[] args) throws Exception {
        boolean quick = List.of(args).contains("--quick");
        boolean profile = List.of(args).contains("--profile");
        Set<String> only = option(args, "--only") == null ? Set.of("ingestion", "funnel", "analytics", "gateway", "feedback", "footprint")
                : Set.of(option(args, "--only").split(","));
        String mongo = option(args, "--mongo-url");
        Path out = Path.of(option(args, "--out") == null ? "BENCHMARKS.md" : option(args, "--out")).toAbsolutePath();
        Sizes sizes = Sizes.of(quick);
        Path work = Path.of(System.getProperty("java.io.tmpdir"), "trailmap-bench-" + System.currentTimeMillis());

        Map<String, Map<String, String>> env = new LinkedHashMap<>();
        // quota off; its embedded PostgreSQL with the server settings k8s/README.md recommends for ingestion
        env.put("touchpoint-service", Map.of("TRAILMAP_INGEST_QUOTA_EVENTS_PER_SECOND", "0",
                "TRAILMAP_EMBEDDED_POSTGRES_SETTINGS", DatabaseSettings.asEnvironment(
                        DatabaseSettings.forIngestion(Path.of(System.getProperty("trailmap.root", "."))))));
        boolean mongoInMemory = List.of(args).contains("--mongo-memory");
        env.put("feedback-service", mongo != null ? Map.of("TRAILMAP_FEEDBACK_QUOTA_ITEMS_PER_SECOND", "0", "QUARKUS_MONGODB_CONNECTION_STRING", mongo)
                : mongoInMemory ? Map.of("TRAILMAP_FEEDBACK_QUOTA_ITEMS_PER_SECOND", "0", "TRAILMAP_EMBEDDED_MONGO_BACKEND", "memory")
                : Map.of("TRAILMAP_FEEDBACK_QUOTA_ITEMS_PER_SECOND", "0"));
        Map<String, List<String>> jvm = new LinkedHashMap<>();
        // as in the pods of k8s/base: the memory limit as the JVM's RAM, their JAVA_MAX_MEM_RATIO of it as the largest heap
        // (the image's run-java.sh turns it into -XX:MaxRAMPercentage); the serial collector where the CPU limit is 1 (what
        // the JVM's ergonomics pick there), G1 for touchpoint-service (limit 2)
        jvm.put("journey-service", List.of("-XX:MaxRAM=512m", "-XX:MaxRAMPercentage=50", "-XX:+UseSerialGC"));
        jvm.put("touchpoint-service", List.of("-XX:MaxRAM=768m", "-XX:MaxRAMPercentage=70", "-XX:+HeapDumpOnOutOfMemoryError",
                "-XX:HeapDumpPath=" + System.getProperty("java.io.tmpdir")));   // a dump to read if a run runs out of heap
        jvm.put("gateway", List.of("-XX:MaxRAM=512m", "-XX:MaxRAMPercentage=50", "-XX:+UseSerialGC"));
        // with the in-process MongoDB double the data lives in this JVM's heap
        jvm.put("feedback-service", mongo == null ? List.of("-Xmx6g") : List.of("-XX:MaxRAM=768m", "-XX:MaxRAMPercentage=70"));
        if (profile) {   // CPU samples and native memory of every service of every service, dumped at exit: jfr print --events jdk.ExecutionSample <work>/<service>.jfr
            jvm.replaceAll((service, args0) -> java.util.stream.Stream.concat(args0.stream(),
                    java.util.stream.Stream.of("-XX:NativeMemoryTracking=summary", "-XX:StartFlightRecording=settings=profile,dumponexit=true,filename="
                            + work.resolve(service + ".jfr"))).toList());
        }

        Report report = new Report();
        report.header("# Trailmap benchmarks\n");
        report.header(f("- run: %s, `bench/run.sh%s` (%s mode)", Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS),
                args.length == 0 ? "" : " " + String.join(" ", args), quick ? "quick" : "full"));
        report.header(f("- machine: %s, %d cores, %d GiB; JVM %s (%s)", osName(), Runtime.getRuntime().availableProcessors(),
                totalMemoryGiB(), System.getProperty("java.version"), System.getProperty("java.vm.name")));
        report.header("- services: the packaged jars (Quarkus 3.34.1, prod profile) as separate processes, an embedded PostgreSQL"
                + " per service, feedback store: "
                + (mongo == null ? "mongo-java-server 1.47.0 in-process (**not** MongoDB)" : "MongoDB at the given URL"));
        report.header("- client, services and databases share the same cores: every ratio below is measured side by side in this run.");

        try (DeletedAtExit databases = new DeletedAtExit(work.resolve("data"));   // closed last: once the suite has stopped
             ServiceSuite suite = ServiceSuite.start(new ServiceSuite.Options(jvm, env, work), true)) {
            Map<String, Long> peakRss = new ConcurrentHashMap<>();
            ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().factory());
            Map<String, Http> services = new LinkedHashMap<>();
            for (String service : List.of("journey-service", "touchpoint-service", "feedback-service")) {
                services.put(service, new Http(suite.url(service), suite.token("bench", ALL_ROLES)));
            }
            Http gateway = new Http(suite.url("gateway"), suite.token("bench", ALL_ROLES));
            Map<String, Long> rssAfterFirst = firstRequests(suite, services, gateway);
            sampler.scheduleAtFixedRate(() -> sample(suite, peakRss), 0, 500, TimeUnit.MILLISECONDS);

            long touchpointPostgres = CpuTime.postmaster(work.resolve("data"), "touchpoint");
            OtherLoad others = new OtherLoad(Set.of(touchpointPostgres, CpuTime.postmaster(work.resolve("data"), "journey")));
            try (Connection touchpointDb = Database.of(work.resolve("data"), "touchpoint")) {
                report.header("- touchpoint-service's PostgreSQL (sections 1 and 2): " + DatabaseSettings.version(touchpointDb)
                        + " (zonky's embedded binaries), given by the bench the settings k8s/README.md recommends for ingestion"
                        + " (`" + DatabaseSettings.FILE + "`: `command line` below; durability on: `fsync`, `synchronous_commit`, `full_page_writes`), read from"
                        + " `pg_settings` at the start of the run: " + String.join(", ", DatabaseSettings.read(touchpointDb)) + "\n");
                long touchpointPid = suite.process("touchpoint-service").pid();
                double measuredRate = 0;
                if (only.contains("ingestion")) {
                    measuredRate = new IngestionBench(services.get("touchpoint-service"), touchpointDb, sizes.ingestEvents(), 4,
                            sizes.paced(), touchpointPid, touchpointPostgres, others).run(report);
                }
                if (only.contains("funnel")) {
                    String given = option(args, "--funnel-ingest-rate");
                    double rate = given != null ? Double.parseDouble(given) : measuredRate > 0 ? measuredRate / 2 : DEFAULT_FUNNEL_INGEST_RATE;
                    String source = given != null ? "given by `--funnel-ingest-rate`" : measuredRate > 0
                            ? f("half the maximum of section 1, %.0f events/s", measuredRate) : "a default: section 1 did not run";
                    FunnelBench funnel = new FunnelBench(services.get("touchpoint-service"), touchpointDb, "bench", sizes.funnelCustomers(),
                            sizes.funnelCalls(), rate, source, sizes.funnelIngesting(), touchpointPid, touchpointPostgres, others);
                    funnel.run(report);
                    if (only.contains("analytics")) {   // on section 2's data
                        new AnalyticsBench(services.get("touchpoint-service"), services.get("journey-service"), gateway, touchpointDb,
                                funnel, rate, source, sizes.funnelIngesting(), others)
                                .run(report);
                    }
                }
            }
            if (only.contains("gateway")) {
                new GatewayBench(gateway, services, sizes.gatewayReps(), suite.process("gateway").pid()).run(report);
            }
            Map<String, Long> peakBeforeFeedbackData = new LinkedHashMap<>(peakRss);
            if (only.contains("feedback")) {
                new FeedbackBench(services.get("feedback-service"), sizes.feedbackResponses(), sizes.feedbackCalls(),
                    mongo != null ? "MongoDB at " + mongo.replaceAll("//[^@]*@", "//…@")
                            : mongoInMemory ? "the in-process wire server (mongo-java-server) on its memory backend (`--mongo-memory`: the"
                            + " service's own cost, without the H2 store's)"
                            : "the in-process wire server (mongo-java-server) on its H2 backend, committed after every write — the"
                            + " local default; real-MongoDB figures need a real MongoDB: `bench/run.sh --mongo-url=mongodb://…`").run(report);
            }
            sampler.shutdownNow();
            Map<String, Duration> firstStart = new LinkedHashMap<>(suite.readyAfter());
            Map<String, String> quarkusStart = new LinkedHashMap<>();
            for (String service : ServiceSuite.SERVICES) {
                quarkusStart.put(service, quarkusStartedIn(work.resolve(service + ".log")));
            }
            if (profile) {
                nativeMemory(suite, work);
            }
            if (only.contains("footprint")) {
                for (String service : ServiceSuite.SERVICES) {   // a pod rolled over: the database already exists
                    suite.stop(service);
                    if (profile && Files.exists(work.resolve(service + ".jfr"))) {   // the restart records a new one
                        Files.move(work.resolve(service + ".jfr"), work.resolve(service + ".load.jfr"));
                    }
                    suite.restart(service);
                }
                Map<String, Duration> restart = new LinkedHashMap<>(suite.readyAfter());
                AotStart aot = aotCacheRestarts(suite, services, gateway, work);
                footprint(report, new Starts(firstStart, restart, quarkusStart, aot), rssAfterFirst, peakBeforeFeedbackData, peakRss);
            }
        }
        report.write(out, Path.of(System.getProperty("trailmap.root", ".")).resolve("bench/analysis.md"));
        System.out.println("wrote " + out + (profile ? "; profiles in " + work : ""));
    }

    /** One authenticated request per service; answers the RSS of each after it. */
    private static Map<String, Long> firstRequests(ServiceSuite suite, Map<String, Http> services, Http gateway) throws Exception {
        services.get("journey-service").get("/journeys?limit=1");
        services.get("touchpoint-service").get("/touchpoints?limit=1");
        services.get("feedback-service").get("/surveys?limit=1");
        gateway.post("/graphql", Map.of("query", "{ personas { edges { node { id } } } }"), 200);
        return suite.residentMemoryMiB();
    }

    private static void sample(ServiceSuite suite, Map<String, Long> peak) {
        try {
            suite.residentMemoryMiB().forEach((service, mib) -> peak.merge(service, mib, Math::max));
        } catch (Exception ignored) {
            // a sample missed
        }
    }

    /** What Quarkus says its start took ("started in 1.234s"), the last time in the log. */
    private static String quarkusStartedIn(Path log) {
        try {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("started in ([0-9.]+)s").matcher(Files.readString(log));
            String last = "?";
            while (m.find()) {
                last = m.group(1) + " s";
            }
            return last;
        } catch (Exception e) {
            return "?";
        }
    }

    /** jcmd VM.native_memory summary of every service (needs -XX:NativeMemoryTracking, set by --profile). */
    private static void nativeMemory(ServiceSuite suite, Path work) throws Exception {
        for (String service : ServiceSuite.SERVICES) {
            Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                    String.valueOf(suite.process(service).pid()), "VM.native_memory", "summary")
                    .redirectErrorStream(true).redirectOutput(work.resolve(service + ".nmt.txt").toFile()).start();
            jcmd.waitFor(60, TimeUnit.SECONDS);
        }
    }

    /** Start times: first start (creates the database), restart, Quarkus's own figure from the log; and those on an AOT cache. */
    private record Starts(Map<String, Duration> first, Map<String, Duration> restart, Map<String, String> quarkusFirst, AotStart aot) {
    }

    /** Restarts on a JDK AOT cache: time to ready, Quarkus's start figure and RSS after the first request. */
    private record AotStart(Map<String, Duration> ready, Map<String, String> quarkus, Map<String, Long> rssAfterFirst) {
    }

    /**
     * JDK 25 AOT cache (Leyden, JEP 483/514/515): each service restarted once recording (-XX:AOTCacheOutput) while it
     * serves its first requests — the JVM writes the cache as it exits — then restarted on that cache (-XX:AOTCache).
     */
    private static AotStart aotCacheRestarts(ServiceSuite suite, Map<String, Http> services, Http gateway, Path work) throws Exception {
        for (String service : ServiceSuite.SERVICES) {
            suite.stop(service);
            suite.restart(service, List.of("-XX:AOTCacheOutput=" + work.resolve(service + ".aot")));
        }
        firstRequests(suite, services, gateway);
        for (String service : ServiceSuite.SERVICES) {
            suite.stop(service);
        }
        for (String service : ServiceSuite.SERVICES) {
            suite.restart(service, Files.exists(work.resolve(service + ".aot"))
                    ? List.of("-XX:AOTCache=" + work.resolve(service + ".aot")) : List.of());
        }
        Map<String, Long> rss = firstRequests(suite, services, gateway);
        Map<String, String> quarkus = new LinkedHashMap<>();
        for (String service : ServiceSuite.SERVICES) {
            quarkus.put(service, Files.exists(work.resolve(service + ".aot")) ? quarkusStartedIn(work.resolve(service + ".log")) : "no cache written");
        }
        return new AotStart(new LinkedHashMap<>(suite.readyAfter()), quarkus, rss);
    }

    private static void footprint(Report report, Starts starts, Map<String, Long> afterFirst, Map<String, Long> peakUnderLoad,
                                  Map<String, Long> peakAll) {
        report.section("5. Footprint", """
                Each service started alone (the one before it already ready), in the prod profile, with `-XX:MaxRAM` = its pod's
                memory limit in k8s/base and their `JAVA_MAX_MEM_RATIO` of it as the largest heap, and the collector
                the JVM picks for the pod's CPU limit (serial for journey-service and gateway); feedback-service with its
                in-process store gets 6 GiB because the data lives in its heap. Time to first served request: from starting the
                JVM to the first answered readiness check, which includes starting its embedded PostgreSQL (journey, touchpoint)
                or MongoDB double (feedback) — a pod with an external database starts faster. Restart: the database exists (a
                pod rolled over). AOT cache: restarted on a JDK 25 AOT cache recorded by one earlier restart serving its first
                requests (`-XX:AOTCacheOutput`, then `-XX:AOTCache`; the jars are packaged as Quarkus `aot-jar`). RSS from
                /proc: after one authenticated request, and the peak sampled every 0.5 s through sections 1–3 (under load).""");
        for (String service : ServiceSuite.SERVICES) {
            Duration ready = starts.restart().get(service);
            Duration cached = starts.aot().ready().get(service);
            report.row(service + ": time to first served request, restart (first start)", f("%.2f s (%.2f s)", ready.toMillis() / 1000.0,
                    starts.first().get(service).toMillis() / 1000.0), "", "", "≤ 1.5 s", ready.toMillis() <= 1500);
            report.row(service + ": time to first served request, restart on the AOT cache", f("%.2f s", cached.toMillis() / 1000.0),
                    f("restart %.2f s", ready.toMillis() / 1000.0), f("%.2f ×", (double) cached.toMillis() / ready.toMillis()), "≤ 1.5 s",
                    cached.toMillis() <= 1500);
            report.row(service + ": of which Quarkus start, first start / on the AOT cache (profile: its log)",
                    starts.quarkusFirst().get(service) + " / " + starts.aot().quarkus().get(service), "", "", "", null);
            long firstRss = afterFirst.getOrDefault(service, -1L);
            long load = peakUnderLoad.getOrDefault(service, -1L);
            boolean inHeapStore = service.equals("feedback-service");
            report.row(service + ": RSS after first request / peak under load", f("%d / %d MiB", firstRss, load), "", "", "≤ 200 MiB",
                    inHeapStore ? null : firstRss <= 200 && load <= 200);
            long cachedRss = starts.aot().rssAfterFirst().getOrDefault(service, -1L);
            report.row(service + ": RSS after first request on the AOT cache", f("%d MiB", cachedRss), "", "", "≤ 200 MiB",
                    inHeapStore ? null : cachedRss <= 200);
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
