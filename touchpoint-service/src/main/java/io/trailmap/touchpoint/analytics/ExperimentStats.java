package io.trailmap.touchpoint.analytics;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A/B comparison of conversion rates. The control is the variant named "control" (any case), else
 * "A", else the first by name; every other variant is compared with it: lift = (rate − control
 * rate) / control rate, and a two-sided two-proportion z-test with pooled variance gives the p-value.
 */
public final class ExperimentStats {

    public record VariantCount(String variant, int participants, int conversions) {
    }

    public record VariantResult(String variant, boolean control, int participants, int conversions,
                                @Schema(nullable = true) Double conversionRate,
                                @Schema(nullable = true, description = "Against the control; null for the control") Double lift,
                                @Schema(nullable = true) Double zScore, @Schema(nullable = true) Double pValue) {
    }

    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0, 1);

    private ExperimentStats() {
    }

    public static List<VariantResult> compare(List<VariantCount> counts) {
        if (counts.isEmpty()) {
            return List.of();
        }
        List<VariantCount> sorted = new ArrayList<>(counts);
        sorted.sort(Comparator.comparing(VariantCount::variant));
        VariantCount control = sorted.stream().filter(c -> c.variant().equalsIgnoreCase("control")).findFirst()
                .or(() -> sorted.stream().filter(c -> c.variant().equalsIgnoreCase("A")).findFirst())
                .orElse(sorted.getFirst());
        double controlRate = rate(control);
        List<VariantResult> results = new ArrayList<>();
        for (VariantCount c : sorted) {
            boolean isControl = c == control;
            Double rate = c.participants() == 0 ? null : rate(c);
            Double lift = isControl || rate == null || controlRate == 0 ? null : (rate - controlRate) / controlRate;
            Double z = isControl ? null : zScore(c, control);
            Double p = z == null ? null : 2 * (1 - STANDARD_NORMAL.cumulativeProbability(Math.abs(z)));
            results.add(new VariantResult(c.variant(), isControl, c.participants(), c.conversions(), rate, lift, z, p));
        }
        return results;
    }

    static Double zScore(VariantCount a, VariantCount b) {
        if (a.participants() == 0 || b.participants() == 0) {
            return null;
        }
        double pooled = (double) (a.conversions() + b.conversions()) / (a.participants() + b.participants());
        double se = Math.sqrt(pooled * (1 - pooled) * (1.0 / a.participants() + 1.0 / b.participants()));
        if (se == 0) {
            return null;
        }
        return (rate(a) - rate(b)) / se;
    }

    private static double rate(VariantCount c) {
        return c.participants() == 0 ? 0 : (double) c.conversions() / c.participants();
    }
}
