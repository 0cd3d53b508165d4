package io.trailmap.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The figures of one run, written as BENCHMARKS.md. */
final class Report {

    /** A measured figure next to its baseline (or target), with their ratio. */
    record Row(String measure, String value, String baseline, String ratio, String target, String verdict) {
    }

    private final List<String> header = new ArrayList<>();
    private final List<Object> sections = new ArrayList<>();

    void header(String line) {
        header.add(line);
    }

    void section(String title, String intro) {
        sections.add("\n## " + title + "\n\n" + intro.strip() + "\n\n| measure | value | baseline | ratio | target | |\n|---|---|---|---|---|---|\n");
    }

    void row(String measure, String value, String baseline, String ratio, String target, Boolean met) {
        Row row = new Row(measure, value, baseline, ratio, target, met == null ? "" : met ? "met" : "**missed**");
        sections.add(row);
        System.out.printf("%-60s %s (baseline %s, ratio %s, target %s) %s%n", measure, value, baseline, ratio, target, row.verdict());
    }

    void note(String text) {
        sections.add("\n" + text.strip() + "\n");
    }

    static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }

    /** Writes the figures, then the analysis kept by hand in {@code analysis} (if it exists). */
    void write(Path file, Path analysis) throws IOException {
        StringBuilder out = new StringBuilder();
        header.forEach(line -> out.append(line).append('\n'));
        for (Object part : sections) {
            if (part instanceof Row r) {
                out.append("| ").append(String.join(" | ", r.measure(), r.value(), r.baseline(), r.ratio(), r.target(), r.verdict())).append(" |\n");
            } else {
                out.append(part);
            }
        }
        if (Files.exists(analysis)) {
            out.append('\n').append(Files.readString(analysis));
        }
        Files.writeString(file, out.toString());
    }
}
