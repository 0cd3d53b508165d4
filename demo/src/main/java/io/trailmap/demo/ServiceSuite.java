package io.trailmap.demo;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The four packaged services (target/quarkus-app/quarkus-run.jar) as separate processes in their
 * `prod` profile, on free ports, each with its embedded store in a fresh work directory, verifying
 * tokens of a key pair generated for the run. Services can be stopped and started again. Used by
 * the end-to-end tests and the benchmarks ({@link Options} for JVM flags and extra environment).
 */
public final class ServiceSuite implements AutoCloseable {

    /** How the services run: JVM flags and extra environment per service (defaults: test-sized). */
    public record Options(Map<String, List<String>> jvmArgs, Map<String, Map<String, String>> env, Path work) {

        static final List<String> TEST_JVM = List.of("-Xms32m", "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

        public static Options forTests() {
            return new Options(Map.of(), Map.of(),
                    Path.of(System.getProperty("trailmap.e2e.work", "target/e2e")).toAbsolutePath().resolve("run-" + System.currentTimeMillis()));
        }

        List<String> jvmArgsOf(String service) {
            return jvmArgs.getOrDefault(service, TEST_JVM);
        }
    }

    public static final List<String> SERVICES = List.of("journey-service", "touchpoint-service", "feedback-service", "gateway");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Path root;
    private final Path work;
    private final LocalKeys keys;
    private final LocalTokens tokens;
    private final Map<String, Integer> ports = new LinkedHashMap<>();
    /** The port of each service's embedded store (PostgreSQL or the MongoDB wire-protocol server), the same across restarts. */
    private final Map<String, Integer> storePorts = new LinkedHashMap<>();
    private final Map<String, Process> processes = new LinkedHashMap<>();
    private final Map<String, Duration> readyAfter = new LinkedHashMap<>();
    private final Options options;
    private final Map<String, Instant> launchedAt = new LinkedHashMap<>();
    /** Instances beside the suite's own four, by name: further replicas of a service ({@link #startReplicas}). */
    private final Map<String, Replica> replicas = new LinkedHashMap<>();

    /** A further replica: the service it runs and the environment it adds (e.g. the database all replicas share). */
    private record Replica(String service, Map<String, String> env) {
    }

    private ServiceSuite(Path root, Options options) throws IOException {
        this.root = root;
        this.work = options.work();
        this.options = options;
        this.keys = LocalKeys.in(work.resolve("keys"));
        this.tokens = new LocalTokens(keys, LocalTokens.ISSUER);
        for (String service : SERVICES) {
            ports.put(service, freePort());
            if (!service.equals("gateway")) {
                storePorts.put(service, freePort());
            }
        }
    }

    /** Starts all four (as the tests run them) and waits until each is ready. */
    public static ServiceSuite start() throws Exception {
        return start(Options.forTests(), false);
    }

    /**
     * Starts all four and waits until each is ready; {@code oneByOne} starts each only after the one
     * before is ready, so that {@link #readyAfter} measures each alone.
     */
    public static ServiceSuite start(Options options, boolean oneByOne) throws Exception {
        Path root = Path.of(System.getProperty("trailmap.root", "..")).toAbsolutePath().normalize();
        Files.createDirectories(options.work());
        ServiceSuite suite = new ServiceSuite(root, options);
        for (String service : SERVICES) {
            Path jar = suite.jar(service);
            if (!Files.exists(jar)) {
                throw new IllegalStateException(jar + " is missing: the e2e tests run in `./mvnw verify` after the services are packaged");
            }
        }
        Instant started = Instant.now();
        try {
            for (String service : SERVICES) {
                suite.launch(service);
                if (oneByOne) {
                    suite.awaitReady(service, Duration.ofMinutes(3));
                }
            }
            for (String service : SERVICES) {
                suite.awaitReady(service, Duration.ofMinutes(3));
            }
        } catch (Exception | Error failed) {
            suite.close();   // none may outlive the run
            throw failed;
        }
        suite.startup = Duration.between(started, Instant.now());
        return suite;
    }

    public Duration startup;

    /**
     * Further replicas of {@code service} beside the suite's own, as a Deployment scaled out runs them: each a
     * process of its own on a port of its own, all with {@code env} added (say, one external database's URL for
     * all of them instead of an embedded store each), launched together and awaited. {@link #url}, {@link #stop},
     * {@link #kill} and {@link #restart} take their names; {@link #close} stops them with the rest. A replica given
     * no database URL starts an embedded store of its own, in a data directory of its own.
     */
    public void startReplicas(String service, Map<String, String> env, List<String> names) throws Exception {
        if (!SERVICES.contains(service)) {
            throw new IllegalArgumentException("no such service: " + service);
        }
        for (String name : names) {
            if (ports.containsKey(name)) {
                throw new IllegalArgumentException(name + " is already an instance of the suite");
            }
            replicas.put(name, new Replica(service, Map.copyOf(env)));
            ports.put(name, freePort());
        }
        for (String name : names) {
            launch(name);
        }
        for (String name : names) {
            awaitReady(name, Duration.ofMinutes(3));
        }
    }

    /** From launching the JVM to its first answered request (readiness), per service, at its latest start. */
    public Map<String, Duration> readyAfter() {
        return readyAfter;
    }

    /** The process of a running service (its pid, for memory and profiles). */
    public Process process(String service) {
        return processes.get(service);
    }

    public Path work() {
        return work;
    }

    public String url(String service) {
        return "http://localhost:" + ports.get(service);
    }

    /** JDBC URL of a PostgreSQL service's embedded database, for tests that look into it. */
    public String jdbcUrl(String service) {
        return "jdbc:postgresql://localhost:" + storePorts.get(service) + "/postgres?user=postgres&password=postgres";
    }

    /** Connection string of feedback-service's embedded MongoDB wire-protocol server, for tests that look into it. */
    public String mongoUrl() {
        return "mongodb://127.0.0.1:" + storePorts.get("feedback-service");
    }

    public String token(String tenant, String role) {
        return tokens.token(tenant, role, Duration.ofHours(1));
    }

    public String token(String tenant, java.util.Set<String> roles) {
        return tokens.token(tenant, roles, Duration.ofHours(6));
    }

    public ServiceClient client(String service, String tenant, String role) {
        return new ServiceClient(url(service), token(tenant, role));
    }

    /** SIGTERM, as Kubernetes would; the service finishes in-flight requests and its store shuts down. */
    public void stop(String service) throws InterruptedException {
        Process process = processes.remove(service);
        if (process == null) {
            return;
        }
        // the service stops its embedded store in a shutdown hook; leftovers (after a forced kill) go too
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroy);
        for (ProcessHandle child : children) {
            child.onExit().completeOnTimeout(child, 10, TimeUnit.SECONDS).join();
            child.destroyForcibly();
        }
    }

    /**
     * kill -9 of the service and of its embedded PostgreSQL (started detached by pg_ctl, found by its
     * postmaster.pid), as a crashed machine would leave them: the restart recovers from the WAL. A replica
     * on an external database dies alone; the database stays up.
     */
    public void kill(String service) throws InterruptedException, IOException {
        Process process = processes.remove(service);
        if (process == null) {
            return;
        }
        List<ProcessHandle> children = new ArrayList<>(process.descendants().toList());
        Path pidFile = dataDir(service).resolve("postgres-" + serviceOf(service).replace("-service", "")).resolve("postmaster.pid");
        if (Files.exists(pidFile)) {
            ProcessHandle.of(Long.parseLong(Files.readAllLines(pidFile).getFirst().strip())).ifPresent(children::add);
        }
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        for (ProcessHandle child : children) {
            child.destroyForcibly();
            child.onExit().completeOnTimeout(child, 10, TimeUnit.SECONDS).join();
        }
    }

    public void restart(String service) throws Exception {
        restart(service, List.of());
    }

    /** Starts the service again with JVM options added to its usual ones (e.g. an AOT cache to record or use). */
    public void restart(String service, List<String> extraJvmArgs) throws Exception {
        launch(service, extraJvmArgs);
        awaitReady(service, Duration.ofMinutes(2));
    }

    /** Starts again each of the four services that a stop or kill left down (after a test that failed before its restart). */
    public List<String> restartStopped() throws Exception {
        List<String> restarted = new ArrayList<>();
        for (String service : SERVICES) {
            if (!processes.containsKey(service)) {
                restart(service);
                restarted.add(service);
            }
        }
        return restarted;
    }

    /** Resident memory of each running service in MiB (from /proc). */
    public Map<String, Long> residentMemoryMiB() throws IOException {
        Map<String, Long> rss = new LinkedHashMap<>();
        for (Map.Entry<String, Process> entry : processes.entrySet()) {
            Path status = Path.of("/proc/" + entry.getValue().pid() + "/status");
            if (Files.exists(status)) {
                for (String line : Files.readAllLines(status)) {
                    if (line.startsWith("VmRSS:")) {
                        rss.put(entry.getKey(), Long.parseLong(line.replaceAll("\\D", "")) / 1024);
                    }
                }
            }
        }
        return rss;
    }

    @Override
    public void close() throws InterruptedException {
        List<String> running = new ArrayList<>(processes.keySet());
        java.util.Collections.reverse(running);
        for (String service : running) {
            stop(service);
        }
    }

    private Path jar(String service) {
        return root.resolve(service).resolve("target/quarkus-app/quarkus-run.jar");
    }

    /** The service an instance runs: itself for the suite's own four. */
    private String serviceOf(String instance) {
        Replica replica = replicas.get(instance);
        return replica == null ? instance : replica.service();
    }

    /** Where an instance's embedded stores keep their data; a replica's own, so it never takes over the suite's. */
    private Path dataDir(String instance) {
        return replicas.containsKey(instance) ? work.resolve("data-" + instance) : work.resolve("data");
    }

    private void launch(String service) throws IOException {
        launch(service, List.of());
    }

    private void launch(String instance, List<String> extraJvmArgs) throws IOException {
        String service = serviceOf(instance);
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(options.jvmArgsOf(service));
        command.addAll(extraJvmArgs);
        command.addAll(List.of("-jar", jar(service).toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(work.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(work.resolve(instance + ".log").toFile()));
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(key -> key.startsWith("QUARKUS_") || key.startsWith("MP_JWT"));
        env.put("QUARKUS_HTTP_PORT", String.valueOf(ports.get(instance)));
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", keys.publicKeyFile().toString());
        env.put("MP_JWT_VERIFY_ISSUER", LocalTokens.ISSUER);
        env.put("TRAILMAP_DATA_DIR", dataDir(instance).toString());
        if (storePorts.containsKey(instance)) {
            env.put("TRAILMAP_EMBEDDED_STORE_PORT", String.valueOf(storePorts.get(instance)));
        }
        env.put("QUARKUS_LOG_CONSOLE_JSON_ENABLED", "false");
        if (service.equals("gateway")) {
            env.put("QUARKUS_REST_CLIENT_JOURNEY_SERVICE_URL", url("journey-service"));
            env.put("QUARKUS_REST_CLIENT_TOUCHPOINT_SERVICE_URL", url("touchpoint-service"));
            env.put("QUARKUS_REST_CLIENT_FEEDBACK_SERVICE_URL", url("feedback-service"));
        }
        env.putAll(options.env().getOrDefault(service, Map.of()));
        if (replicas.containsKey(instance)) {
            env.putAll(replicas.get(instance).env());
        }
        launchedAt.put(instance, Instant.now());
        processes.put(instance, builder.start());
    }

    private void awaitReady(String service, Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        HttpRequest ready = HttpRequest.newBuilder(URI.create(url(service) + "/q/health/ready")).timeout(Duration.ofSeconds(2)).build();
        while (Instant.now().isBefore(deadline)) {
            Process process = processes.get(service);
            if (process == null || !process.isAlive()) {
                throw new IllegalStateException(service + " exited; see " + work.resolve(service + ".log"));
            }
            try {
                if (HTTP.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    readyAfter.put(service, Duration.between(launchedAt.get(service), Instant.now()));
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException(service + " was not ready within " + timeout + "; see " + work.resolve(service + ".log"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
