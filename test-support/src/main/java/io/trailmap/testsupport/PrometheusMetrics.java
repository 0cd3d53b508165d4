package io.trailmap.testsupport;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;

/** Reads the service's {@code /q/metrics}: read a series before and after to count exactly what a test did. */
public final class PrometheusMetrics {

    /** A line of the Prometheus text format: name, labels, value. */
    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)})? (\\S+)$");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"([^\"]*)\"");

    private PrometheusMetrics() {
    }

    /** The sum of the metric's samples over the series whose labels include {@code labels} ("name", "value", …). */
    public static double sum(String name, String... labels) {
        Map<String, String> wanted = new HashMap<>();
        for (int i = 0; i < labels.length; i += 2) {
            wanted.put(labels[i], labels[i + 1]);
        }
        double sum = 0;
        for (String line : given().get("/q/metrics").then().statusCode(200).extract().asString().split("\n")) {
            Matcher sample = SAMPLE.matcher(line);
            if (sample.matches() && sample.group(1).equals(name)) {
                Map<String, String> series = new HashMap<>();
                Matcher label = LABEL.matcher(sample.group(2) == null ? "" : sample.group(2));
                while (label.find()) {
                    series.put(label.group(1), label.group(2));
                }
                if (series.entrySet().containsAll(wanted.entrySet())) {
                    sum += Double.parseDouble(sample.group(3));
                }
            }
        }
        return sum;
    }
}
