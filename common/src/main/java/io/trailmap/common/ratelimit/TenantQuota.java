package io.trailmap.common.ratelimit;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * A per-tenant quota of items per second for a bulk endpoint (a token bucket per tenant, Bucket4j):
 * a batch costs one token per item, a burst of {@code burst} items is allowed, and a tenant over
 * its quota gets 429 with Retry-After while other tenants go on. Quotas hold per replica; with N
 * replicas a tenant can reach N times the quota. A rate of 0 means no limit.
 */
public final class TenantQuota {

    private final String what;
    private final long perSecond;
    private final long burst;
    private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    public TenantQuota(String what, long perSecond, long burst) {
        this.what = what;
        this.perSecond = perSecond;
        this.burst = Math.max(burst, perSecond);
    }

    /** Takes {@code items} from the tenant's quota, or throws {@link QuotaExceeded}. */
    public void take(String tenant, long items) {
        if (perSecond <= 0 || items <= 0) {
            return;
        }
        Bucket bucket = buckets.computeIfAbsent(tenant, t -> Bucket.builder()
                .addLimit(limit -> limit.capacity(burst).refillGreedy(perSecond, Duration.ofSeconds(1)))
                .build());
        // a batch larger than the burst is admitted when the bucket is full, never refused forever
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(Math.min(items, burst));
        if (!probe.isConsumed()) {
            long seconds = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
            throw new QuotaExceeded(what, perSecond, seconds);
        }
    }
}
