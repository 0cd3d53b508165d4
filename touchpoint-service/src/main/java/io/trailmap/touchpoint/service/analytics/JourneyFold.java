package io.trailmap.touchpoint.service.analytics;

import io.trailmap.touchpoint.analytics.JourneyEvent;
import io.trailmap.touchpoint.analytics.TimeRange;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What one journey analytic adds up customer by customer, so that one read of a journey's customers
 * ({@link JourneyPass}) feeds every analytic refreshed with it; kept between refreshes, it takes away a
 * changed customer's events as they were and adds them as they are.
 */
interface JourneyFold<T> {

    /** The events it needs: a customer is given those in this range, oldest first, when there are any. */
    TimeRange reads();

    /** One customer's events in {@link #reads()}, oldest first; never empty. */
    void add(List<JourneyEvent> events);

    /** Takes away one customer's events added before, exactly: the result is as if they had never been added. */
    void remove(List<JourneyEvent> events);

    /** The result so far, a value of its own (later adds leave it as it is). */
    T result();

    /** A fold of the events in {@code reads}, each customer's handed to {@code add} or {@code remove}, answering {@code result}. */
    static <T> JourneyFold<T> of(TimeRange reads, Consumer<List<JourneyEvent>> add, Consumer<List<JourneyEvent>> remove,
                                 Supplier<T> result) {
        return new JourneyFold<>() {
            @Override
            public TimeRange reads() {
                return reads;
            }

            @Override
            public void add(List<JourneyEvent> events) {
                add.accept(events);
            }

            @Override
            public void remove(List<JourneyEvent> events) {
                remove.accept(events);
            }

            @Override
            public T result() {
                return result.get();
            }
        };
    }
}
