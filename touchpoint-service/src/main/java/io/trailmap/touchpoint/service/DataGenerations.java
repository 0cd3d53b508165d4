package io.trailmap.touchpoint.service;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A number per tenant that changes whenever its interactions do (ingestion, erasure; retention
 * changes every tenant's). Analytics computed at one generation stay right until it changes, so they
 * can be reused; the generation is part of their cache key.
 */
@ApplicationScoped
public class DataGenerations {

    private final ConcurrentHashMap<String, AtomicLong> byTenant = new ConcurrentHashMap<>();
    private final AtomicLong everyone = new AtomicLong();

    /** The tenant's current generation. */
    public String of(String tenant) {
        return everyone.get() + "." + byTenant.computeIfAbsent(tenant, t -> new AtomicLong()).get();
    }

    /** Call after the change is committed: readers that computed before it must not keep their result. */
    public void changed(String tenant) {
        byTenant.computeIfAbsent(tenant, t -> new AtomicLong()).incrementAndGet();
    }

    public void changedForEveryone() {
        everyone.incrementAndGet();
    }
}
