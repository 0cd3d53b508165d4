package io.trailmap.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The CPU that processes other than the bench's own (its JVM, the services it started, their
 * databases) use while it measures: on a shared machine another build skews every figure, so each
 * section says how much of the machine others took during its measured runs.
 */
final class OtherLoad {

    private static final double TICKS_PER_SECOND = 100.0;
    private final Set<Long> roots;

    /** {@code roots}: the bench's own process trees besides this JVM (the embedded PostgreSQL servers, detached from the services). */
    OtherLoad(Set<Long> roots) {
        this.roots = new HashSet<>(roots);
        this.roots.add(ProcessHandle.current().pid());
    }

    /** CPU seconds used so far by every live process outside the bench's trees (with the children they have reaped). */
    double cpuNow() {
        Set<Long> ours = new HashSet<>();
        for (long root : roots) {
            ProcessHandle.of(root).ifPresent(p -> Stream.concat(Stream.of(p), p.descendants()).forEach(h -> ours.add(h.pid())));
        }
        double ticks = 0;
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            for (Path proc : procs.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                if (!ours.contains(Long.parseLong(proc.getFileName().toString()))) {
                    ticks += ticks(proc);
                }
            }
        } catch (IOException e) {
            return Double.NaN;
        }
        return ticks / TICKS_PER_SECOND;
    }

    /** Waits until other processes take under 5 % of the machine for 5 s (at most 15 minutes; then measures anyway). */
    void awaitQuiet(String before) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(15).toNanos();
        boolean said = false;
        while (System.nanoTime() < deadline) {
            double cpu = cpuNow();
            Thread.sleep(5_000);
            if (share(cpuNow() - cpu, 5) < 0.05) {
                return;
            }
            if (!said) {
                System.out.println(before + ": waiting for other processes to leave the machine quiet");
                said = true;
            }
        }
        System.out.println(before + ": the machine did not get quiet within 15 minutes; measuring anyway");
    }

    /** Other processes' CPU seconds over wall seconds, as a fraction of the machine's cores. */
    static double share(double cpuSeconds, double wallSeconds) {
        return cpuSeconds / (wallSeconds * Runtime.getRuntime().availableProcessors());
    }

    /** "x s of other processes' CPU (y % of the machine)" over a measured stretch. */
    static String describe(double cpuSeconds, double wallSeconds) {
        return Report.f("%.1f s (%.0f %% of the machine's %d cores)", cpuSeconds,
                100 * cpuSeconds / (wallSeconds * Runtime.getRuntime().availableProcessors()), Runtime.getRuntime().availableProcessors());
    }

    private static double ticks(Path proc) {
        try {
            String stat = Files.readString(proc.resolve("stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13]) + Long.parseLong(f[14]);
        } catch (IOException | RuntimeException gone) {
            return 0;
        }
    }
}
