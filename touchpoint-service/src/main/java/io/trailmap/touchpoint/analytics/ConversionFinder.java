package io.trailmap.touchpoint.analytics;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds a customer's conversions in their journey events (oldest first) and the touches credited
 * for each: the events after the previous conversion, no older than {@code lookback}, up to and
 * including the converting one. A conversion is a PURCHASE, or — with a conversion stage — the
 * customer's first event at that stage (once per customer). Only conversions in the range count.
 */
public final class ConversionFinder {

    private ConversionFinder() {
    }

    public static List<Conversion> conversions(List<JourneyEvent> events, String conversionStage, Duration lookback,
                                               TimeRange range) {
        List<Conversion> conversions = new ArrayList<>();
        int sincePrevious = 0;
        for (int i = 0; i < events.size(); i++) {
            JourneyEvent event = events.get(i);
            boolean converts = conversionStage == null ? event.isPurchase() : event.stageKey().equals(conversionStage);
            if (!converts) {
                continue;
            }
            if (range.contains(event.at())) {
                Instant oldest = event.at().minus(lookback);
                List<Touch> touches = new ArrayList<>();
                for (int j = sincePrevious; j <= i; j++) {
                    if (!events.get(j).at().isBefore(oldest)) {
                        touches.add(events.get(j).touch());
                    }
                }
                conversions.add(new Conversion(event.at(), touches));
            }
            if (conversionStage != null) {
                break;
            }
            sincePrevious = i + 1;
        }
        return conversions;
    }

    /** The customer's path for Markov and path analysis: up to the first PURCHASE, or all of it. */
    public static CustomerPath path(List<JourneyEvent> events) {
        List<Touch> touches = new ArrayList<>();
        for (JourneyEvent event : events) {
            touches.add(event.touch());
            if (event.isPurchase()) {
                return new CustomerPath(touches, true);
            }
        }
        return new CustomerPath(touches, false);
    }
}
