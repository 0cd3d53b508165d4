package io.trailmap.feedback.service;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import io.trailmap.feedback.domain.Response;

/**
 * Prometheus meters of received feedback: {@code trailmap.feedback.received} by kind and category
 * (NPS/PROMOTER, CSAT/DISSATISFIED, …), and duplicates and rejections of submitted batches.
 */
@ApplicationScoped
public class FeedbackMeters {

    private final MeterRegistry registry;

    public FeedbackMeters(MeterRegistry registry) {
        this.registry = registry;
    }

    void accepted(Response response) {
        registry.counter("trailmap.feedback.received", "kind", response.kind().name(),
                "category", response.category() == null ? "NONE" : response.category().name()).increment();
    }

    void duplicates(int count) {
        registry.counter("trailmap.feedback.duplicates").increment(count);
    }

    void rejected(int count) {
        registry.counter("trailmap.feedback.rejected").increment(count);
    }
}
