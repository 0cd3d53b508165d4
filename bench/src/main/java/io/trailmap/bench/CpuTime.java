package io.trailmap.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** CPU seconds (user + system) a process and its descendants have used so far, from /proc. */
final class CpuTime {

    private static final double TICKS_PER_SECOND = 100.0;

    private CpuTime() {
    }

    static double of(long pid) {
        return ProcessHandle.of(pid).map(p -> Stream.concat(Stream.of(p), p.descendants()).mapToDouble(h -> ticks(h.pid())).sum())
                .orElse(0.0) / TICKS_PER_SECOND;
    }

    /** This process alone (the services it started are its children). */
    static double own() {
        return ticks(ProcessHandle.current().pid()) / TICKS_PER_SECOND;
    }

    /** The postmaster of an embedded PostgreSQL (its backends are its children). */
    static long postmaster(Path dataDir, String service) throws IOException {
        return Long.parseLong(Files.readAllLines(dataDir.resolve("postgres-" + service).resolve("postmaster.pid")).getFirst().strip());
    }

    private static double ticks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);   // utime, stime (fields 14 and 15 of the line)
        } catch (IOException | RuntimeException gone) {
            return 0;
        }
    }
}
