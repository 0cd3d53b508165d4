package io.trailmap.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** CPU seconds (user + system) a process and its descendants have used so far, from /proc. */
final class CpuTime {

    private static final double TICKS_PER_SECOND = 100.0;
    static final String EXITED = "processes that exited during it (autovacuum workers, closed connections)";

    private CpuTime() {
    }

    /** The process, its live descendants, and the children it has reaped (a postmaster's exited autovacuum workers and backends). */
    static double of(long pid) {
        return ProcessHandle.of(pid).map(p -> Stream.concat(Stream.of(p), p.descendants()).mapToDouble(h -> ticks(h.pid())).sum()
                + reapedTicks(pid)).orElse(0.0) / TICKS_PER_SECOND;
    }

    /** This process alone (the services it started are its children). */
    static double own() {
        return ticks(ProcessHandle.current().pid()) / TICKS_PER_SECOND;
    }

    /** The postmaster of an embedded PostgreSQL (its backends are its children). */
    static long postmaster(Path dataDir, String service) throws IOException {
        return Long.parseLong(Files.readAllLines(dataDir.resolve("postgres-" + service).resolve("postmaster.pid")).getFirst().strip());
    }

    /** The CPU of a PostgreSQL server's processes by kind, at one moment; {@link #minus} gives what a run used. */
    record ByKind(Map<Long, String> kinds, Map<Long, Double> seconds, double reaped) {

        static ByKind of(long postmaster) {
            Map<Long, String> kinds = new LinkedHashMap<>();
            Map<Long, Double> seconds = new LinkedHashMap<>();
            ProcessHandle.of(postmaster).ifPresent(p -> Stream.concat(Stream.of(p), p.descendants()).forEach(h -> {
                kinds.put(h.pid(), h.pid() == postmaster ? "other" : kind(h.pid()));
                seconds.put(h.pid(), ticks(h.pid()) / TICKS_PER_SECOND);
            }));
            return new ByKind(kinds, seconds, reapedTicks(postmaster) / TICKS_PER_SECOND);
        }

        /** Seconds per kind between {@code before} and this; exited processes under {@link #EXITED}. */
        Map<String, Double> minus(ByKind before) {
            Map<String, Double> used = new LinkedHashMap<>();
            for (String kind : List.of("backends (SQL)", "autovacuum", "WAL writer, checkpointer, background writer", "other", EXITED)) {
                used.put(kind, 0.0);
            }
            seconds.forEach((pid, s) -> used.merge(kinds.get(pid), s - before.seconds().getOrDefault(pid, 0.0), Double::sum));
            // an exited process's whole life is in the reaped figure: take away what it had used before the run
            double exitedBefore = before.seconds().entrySet().stream().filter(e -> !seconds.containsKey(e.getKey()))
                    .mapToDouble(Map.Entry::getValue).sum();
            used.merge(EXITED, reaped - before.reaped() - exitedBefore, Double::sum);
            return used;
        }
    }

    /** What a PostgreSQL child process is, from its process title. */
    private static String kind(long pid) {
        try {
            String title = new String(Files.readAllBytes(Path.of("/proc/" + pid + "/cmdline")), StandardCharsets.UTF_8).replace('\0', ' ');
            if (title.contains("autovacuum")) {
                return "autovacuum";
            }
            if (title.contains("walwriter") || title.contains("checkpointer") || title.contains("background writer")) {
                return "WAL writer, checkpointer, background writer";
            }
            // "postgres: <user> <database> <client> <state>"
            return title.matches("postgres: \\S+ \\S+ \\S+.*") && !title.contains("launcher") ? "backends (SQL)" : "other";
        } catch (IOException gone) {
            return "other";
        }
    }

    private static double ticks(long pid) {
        String[] fields = stat(pid);
        return fields == null ? 0 : Long.parseLong(fields[11]) + Long.parseLong(fields[12]);   // utime, stime (fields 14 and 15 of the line)
    }

    /** cutime + cstime: the CPU of children the process has waited for (fields 16 and 17). */
    private static double reapedTicks(long pid) {
        String[] fields = stat(pid);
        return fields == null ? 0 : Long.parseLong(fields[13]) + Long.parseLong(fields[14]);
    }

    private static String[] stat(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            return stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        } catch (IOException | RuntimeException gone) {
            return null;
        }
    }
}
