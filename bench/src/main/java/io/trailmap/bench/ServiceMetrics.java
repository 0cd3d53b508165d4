package io.trailmap.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One scrape of a service's {@code /q/metrics} (Prometheus text), and what two scrapes say about the time between them. */
final class ServiceMetrics {

    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{[^}]*})? ([-+0-9.eEInfNa]+)$", Pattern.MULTILINE);
    private static final Pattern LE = Pattern.compile("le=\"([^\"]+)\"");

    /** Each sample by its name and labels as written, e.g. {@code trailmap_ingest_lag_seconds{quantile="0.5"}}. */
    private final Map<String, Double> samples;

    private ServiceMetrics(Map<String, Double> samples) {
        this.samples = samples;
    }

    static ServiceMetrics scrape(Http service) {
        Map<String, Double> samples = new LinkedHashMap<>();
        Matcher m = SAMPLE.matcher(service.text("/q/metrics"));
        while (m.find()) {
            samples.put(m.group(1) + (m.group(2) == null ? "" : m.group(2)), Double.parseDouble(m.group(3)));
        }
        return new ServiceMetrics(samples);
    }

    /** A sample's value (NaN when the service does not publish it). */
    double value(String nameAndLabels) {
        return samples.getOrDefault(nameAndLabels, Double.NaN);
    }

    /** The difference of a counter since an earlier scrape. */
    double since(ServiceMetrics earlier, String nameAndLabels) {
        return value(nameAndLabels) - earlier.samples.getOrDefault(nameAndLabels, 0.0);
    }

    /**
     * A quantile (0..1) of what a histogram recorded between an earlier scrape and this one, from its
     * cumulative buckets ({@code <name>_bucket{le="…"}}), interpolated linearly inside the bucket; NaN if
     * nothing was recorded.
     */
    double quantileSince(ServiceMetrics earlier, String histogram, double q) {
        TreeMap<Double, Double> cumulative = new TreeMap<>();
        samples.forEach((key, value) -> {
            if (key.startsWith(histogram + "_bucket{")) {
                Matcher le = LE.matcher(key);
                if (le.find()) {
                    double bound = le.group(1).equals("+Inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(le.group(1));
                    cumulative.merge(bound, value - earlier.samples.getOrDefault(key, 0.0), Double::sum);
                }
            }
        });
        if (cumulative.isEmpty() || cumulative.lastEntry().getValue() <= 0) {
            return Double.NaN;
        }
        double wanted = q * cumulative.lastEntry().getValue();
        double lowerBound = 0;
        double lowerCount = 0;
        for (Map.Entry<Double, Double> bucket : cumulative.entrySet()) {
            if (bucket.getValue() >= wanted) {
                if (bucket.getKey().isInfinite()) {
                    return lowerBound;
                }
                double inBucket = bucket.getValue() - lowerCount;
                return inBucket <= 0 ? bucket.getKey() : lowerBound + (bucket.getKey() - lowerBound) * (wanted - lowerCount) / inBucket;
            }
            lowerBound = bucket.getKey();
            lowerCount = bucket.getValue();
        }
        return lowerBound;
    }
}
