package io.trailmap.journey.rest;

import io.trailmap.testsupport.MovableClock;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** In tests the application's clock is a {@link MovableClock}: the system clock until a test pins it. */
public class TestClock {

    @Produces
    @Alternative
    @Priority(1)
    @Singleton
    MovableClock clock() {
        return new MovableClock();
    }
}
