package io.trailmap.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    /**
     * Writes the figures, then the analysis kept by hand in {@code analysis} (if it exists). A section this run
     * did not measure (see {@code --only}) is kept from the file as it was, marked with the run it comes from.
     */
    void write(Path file, Path analysis) throws IOException {
        Map<Integer, StringBuilder> measured = new TreeMap<>();
        StringBuilder current = null;
        for (Object part : sections) {
            if (part instanceof String text && text.startsWith("\n## ")) {
                current = new StringBuilder(text);
                measured.put(number(text.substring(1)), current);
            } else if (part instanceof Row r) {
                current.append("| ").append(String.join(" | ", r.measure(), r.value(), r.baseline(), r.ratio(), r.target(), r.verdict()))
                        .append(" |\n");
            } else {
                current.append(part);
            }
        }
        Map<Integer, String> all = new TreeMap<>(earlierSections(file));
        measured.forEach((number, text) -> all.put(number, text.toString()));
        StringBuilder out = new StringBuilder();
        header.forEach(line -> out.append(line).append('\n'));
        all.values().forEach(out::append);
        if (Files.exists(analysis)) {
            out.append('\n').append(Files.readString(analysis));
        }
        Files.writeString(file, out.toString());
    }

    /** The numbered sections of an earlier BENCHMARKS.md, each marked with the run it was measured in (once). */
    private static Map<Integer, String> earlierSections(Path file) throws IOException {
        Map<Integer, String> earlier = new TreeMap<>();
        if (!Files.exists(file)) {
            return earlier;
        }
        String text = Files.readString(file);
        Matcher run = Pattern.compile("^- run: (.*)$", Pattern.MULTILINE).matcher(text);
        String from = run.find() ? run.group(1) : "an earlier run";
        Matcher title = Pattern.compile("^## (\\d+)\\. .*$", Pattern.MULTILINE).matcher(text);
        List<int[]> starts = new ArrayList<>();
        while (title.find()) {
            starts.add(new int[] {title.start(), Integer.parseInt(title.group(1)), title.end()});
        }
        Matcher next = Pattern.compile("^## ", Pattern.MULTILINE).matcher(text);
        for (int[] start : starts) {
            int end = next.find(start[2]) ? next.start() : text.length();
            String section = text.substring(start[0], end).stripTrailing();
            if (!section.contains(KEPT)) {
                int titleEnd = section.indexOf('\n');
                section = section.substring(0, titleEnd) + "\n\n" + KEPT + " " + from + "._" + section.substring(titleEnd);
            }
            earlier.put(start[1], "\n" + section + "\n");
        }
        return earlier;
    }

    private static final String KEPT = "_Not measured by the run above: kept from the run of";

    private static int number(String section) {
        Matcher m = Pattern.compile("^## (\\d+)\\.").matcher(section);
        if (!m.find()) {
            throw new IllegalArgumentException("a section title starts with its number: " + section.lines().findFirst().orElse(""));
        }
        return Integer.parseInt(m.group(1));
    }
}
