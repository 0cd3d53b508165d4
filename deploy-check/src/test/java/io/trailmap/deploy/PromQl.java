package io.trailmap.deploy;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a PromQL expression (an alert's {@code expr}, a Grafana target's) refers to, read without a
 * Prometheus: the metric names it selects, the functions it calls, the Grafana variables it uses, and
 * whether its brackets pair up. Enough to catch a misspelt metric or function, which Prometheus would
 * accept silently as a series that never exists.
 */
final class PromQl {

    /** PromQL's functions and aggregations, and Grafana's {@code label_values} of variable queries. */
    static final Set<String> FUNCTIONS = Set.of(
            "abs", "absent", "absent_over_time", "avg", "avg_over_time", "bottomk", "ceil", "changes", "clamp", "clamp_max",
            "clamp_min", "count", "count_over_time", "count_values", "delta", "deriv", "floor", "group", "histogram_quantile",
            "idelta", "increase", "irate", "label_join", "label_replace", "last_over_time", "max", "max_over_time", "min",
            "min_over_time", "quantile", "quantile_over_time", "rate", "resets", "round", "scalar", "sort", "sort_desc",
            "stddev", "stddev_over_time", "sum", "sum_over_time", "time", "timestamp", "topk", "vector", "label_values");

    private static final Set<String> KEYWORDS = Set.of("and", "or", "unless", "bool", "offset", "group_left", "group_right", "inf", "nan");
    private static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'|`[^`]*`");
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z0-9_]+)[^}]*}|\\$([A-Za-z0-9_]+)");
    private static final Pattern LABEL_LIST = Pattern.compile("\\b(?:by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)");
    private static final Pattern IDENTIFIER = Pattern.compile("(?<![A-Za-z0-9_:.])[A-Za-z_:][A-Za-z0-9_:]*");
    private static final Map<Character, Character> CLOSING = Map.of(')', '(', ']', '[', '}', '{');

    private final Set<String> metrics = new LinkedHashSet<>();
    private final Set<String> functions = new LinkedHashSet<>();
    private final Set<String> variables = new LinkedHashSet<>();
    private final boolean balanced;

    private PromQl(String expr) {
        Matcher variable = VARIABLE.matcher(expr);
        while (variable.find()) {
            variables.add(variable.group(1) != null ? variable.group(1) : variable.group(2));
        }
        String code = STRING.matcher(expr).replaceAll("\"\"");
        balanced = balanced(code);
        code = VARIABLE.matcher(code).replaceAll(" ");
        code = code.replaceAll("\\{[^}]*}", " ").replaceAll("\\[[^]]*]", " ");
        code = LABEL_LIST.matcher(code).replaceAll(" ");
        Matcher identifier = IDENTIFIER.matcher(code);
        while (identifier.find()) {
            String name = identifier.group();
            String rest = code.substring(identifier.end()).stripLeading();
            if (rest.startsWith("(")) {
                functions.add(name);
            } else if (!KEYWORDS.contains(name.toLowerCase(Locale.ROOT))) {
                metrics.add(name);
            }
        }
    }

    static PromQl of(String expr) {
        return new PromQl(expr);
    }

    /**
     * A Grafana variable query, {@code label_values(metric{…}, label)}: its metric only (the label is not
     * one), or the whole query read as PromQL when it is not of that form.
     */
    static PromQl ofVariableQuery(String query) {
        Matcher labelValues = Pattern.compile("^\\s*label_values\\((.*),\\s*[A-Za-z_][A-Za-z0-9_]*\\s*\\)\\s*$").matcher(query);
        return labelValues.matches() ? new PromQl(labelValues.group(1)) : new PromQl(query);
    }

    Set<String> metrics() {
        return metrics;
    }

    Set<String> functions() {
        return functions;
    }

    Set<String> variables() {
        return variables;
    }

    boolean balanced() {
        return balanced;
    }

    /** What is wrong with the expression against the metrics that exist: unknown names, unknown functions, brackets. */
    List<String> problems(Set<String> knownMetrics) {
        List<String> problems = new ArrayList<>();
        if (metrics.isEmpty()) {
            problems.add("selects no metric");
        }
        metrics.stream().filter(m -> !knownMetrics.contains(m)).forEach(m -> problems.add("unknown metric " + m));
        functions.stream().filter(f -> !FUNCTIONS.contains(f)).forEach(f -> problems.add("unknown function " + f));
        if (!balanced) {
            problems.add("unbalanced brackets");
        }
        return problems;
    }

    private static boolean balanced(String code) {
        Deque<Character> open = new ArrayDeque<>();
        for (char c : code.toCharArray()) {
            if (c == '(' || c == '[' || c == '{') {
                open.push(c);
            } else if (CLOSING.containsKey(c) && (open.isEmpty() || open.pop() != CLOSING.get(c))) {
                return false;
            }
        }
        return open.isEmpty();
    }
}
