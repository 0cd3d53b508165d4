package io.trailmap.touchpoint.service.analytics;

import io.trailmap.touchpoint.analytics.JourneyEvent;
import io.trailmap.touchpoint.analytics.TimeRange;

import java.util.List;

/**
 * What one journey analytic adds up customer by customer, so that one read of a journey's customers
 * ({@link JourneyPass}) feeds every analytic refreshed with it.
 */
interface JourneyFold<T> {

    /** The events it needs: a customer is given those in this range, oldest first, when there are any. */
    TimeRange reads();

    /** One customer's events in {@link #reads()}, oldest first; never empty. */
    void add(List<JourneyEvent> events);

    T result();
}
