package io.trailmap.touchpoint.analytics;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Rule-based attribution: each conversion hands out exactly one credit among its touches, so
 * the credits of all touchpoints (and of all channels) sum to the number of conversions.
 * <ul>
 * <li>FIRST_TOUCH / LAST_TOUCH: all to the first / last touch;</li>
 * <li>LINEAR: equal shares;</li>
 * <li>TIME_DECAY: weight 2^(−age / halfLife), age measured back from the conversion;</li>
 * <li>POSITION_BASED: 40 % first, 40 % last, 20 % shared by the touches between (one touch: all;
 *     two touches: half each).</li>
 * </ul>
 */
public final class AttributionCalculator {

    private AttributionCalculator() {
    }

    public static Credits ruleBased(AttributionModel model, List<Conversion> conversions, Duration halfLife) {
        RuleBased credits = new RuleBased(model, halfLife);
        conversions.forEach(credits::add);
        return credits.credits();
    }

    /**
     * Rule-based credits summed conversion by conversion as they come, none of them kept (a journey has millions);
     * a conversion counted before may be taken away again (a customer's conversions as they were, when their
     * journey has changed since). Sums are exact ({@link ExactCredit}): the same conversions in any order and
     * with any taken away and added again give the same credits.
     */
    public static final class RuleBased {

        private final AttributionModel model;
        private final Duration halfLife;
        private final Map<UUID, ExactCredit> byTouchpoint = new HashMap<>();
        private final Map<String, ExactCredit> byChannel = new HashMap<>();
        private int conversions;

        public RuleBased(AttributionModel model, Duration halfLife) {
            if (model == AttributionModel.MARKOV) {
                throw new IllegalArgumentException("MARKOV is data-driven: use MarkovAttribution");
            }
            this.model = model;
            this.halfLife = halfLife;
        }

        public void add(Conversion conversion) {
            count(conversion, 1);
        }

        /** Takes away a conversion added before. */
        public void remove(Conversion conversion) {
            count(conversion, -1);
        }

        private void count(Conversion conversion, int sign) {
            conversions += sign;
            List<Touch> touches = conversion.touches();
            long[] units = ExactCredit.units(shares(model, conversion, halfLife));
            for (int i = 0; i < touches.size(); i++) {
                if (units[i] != 0) {
                    Touch touch = touches.get(i);
                    byTouchpoint.computeIfAbsent(touch.touchpointId(), id -> new ExactCredit()).add(sign * units[i]);
                    byChannel.computeIfAbsent(touch.channel(), c -> new ExactCredit()).add(sign * units[i]);
                }
            }
        }

        /** The credits so far (a copy: adding more later leaves it as it is); none of zero. */
        public Credits credits() {
            return new Credits(conversions, values(byTouchpoint), values(byChannel));
        }

        private static <K> Map<K, Double> values(Map<K, ExactCredit> sums) {
            Map<K, Double> values = new HashMap<>();
            sums.forEach((key, sum) -> {
                if (!sum.isZero()) {
                    values.put(key, sum.value());
                }
            });
            return values;
        }
    }

    static double[] shares(AttributionModel model, Conversion conversion, Duration halfLife) {
        int n = conversion.touches().size();
        double[] shares = new double[n];
        if (n == 0) {
            return shares;
        }
        switch (model) {
            case FIRST_TOUCH -> shares[0] = 1;
            case LAST_TOUCH -> shares[n - 1] = 1;
            case LINEAR -> java.util.Arrays.fill(shares, 1.0 / n);
            case TIME_DECAY -> {
                double total = 0;
                for (int i = 0; i < n; i++) {
                    double ageInHalfLives = (double) Duration.between(conversion.touches().get(i).at(), conversion.at()).toMillis()
                            / halfLife.toMillis();
                    shares[i] = Math.pow(2, -Math.max(0, ageInHalfLives));
                    total += shares[i];
                }
                for (int i = 0; i < n; i++) {
                    shares[i] /= total;
                }
            }
            case POSITION_BASED -> {
                if (n == 1) {
                    shares[0] = 1;
                } else if (n == 2) {
                    shares[0] = 0.5;
                    shares[1] = 0.5;
                } else {
                    shares[0] = 0.4;
                    shares[n - 1] = 0.4;
                    for (int i = 1; i < n - 1; i++) {
                        shares[i] = 0.2 / (n - 2);
                    }
                }
            }
            default -> throw new IllegalArgumentException(model.name());
        }
        return shares;
    }
}
