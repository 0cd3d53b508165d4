package io.trailmap.touchpoint.analytics;

import java.time.Duration;
import java.util.List;

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

    /** Rule-based credits summed conversion by conversion as they come, none of them kept (a journey has millions). */
    public static final class RuleBased {

        private final AttributionModel model;
        private final Duration halfLife;
        private final Credits credits = Credits.empty(0);
        private int conversions;

        public RuleBased(AttributionModel model, Duration halfLife) {
            if (model == AttributionModel.MARKOV) {
                throw new IllegalArgumentException("MARKOV is data-driven: use MarkovAttribution");
            }
            this.model = model;
            this.halfLife = halfLife;
        }

        public void add(Conversion conversion) {
            conversions++;
            List<Touch> touches = conversion.touches();
            double[] shares = shares(model, conversion, halfLife);
            for (int i = 0; i < touches.size(); i++) {
                credits.add(touches.get(i), shares[i]);
            }
        }

        public Credits credits() {
            return new Credits(conversions, credits.byTouchpoint(), credits.byChannel());
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
