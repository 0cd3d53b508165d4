package io.trailmap.feedback.service;

import io.trailmap.common.ratelimit.TenantQuota;
import io.trailmap.feedback.config.FeedbackConfig;
import jakarta.enterprise.context.ApplicationScoped;

/** Each tenant's quota of submitted feedback (responses and reviews, per replica). */
@ApplicationScoped
public class FeedbackQuota {

    private final TenantQuota quota;

    public FeedbackQuota(FeedbackConfig config) {
        this.quota = new TenantQuota("responses and reviews", config.quota().itemsPerSecond(), config.quota().burst());
    }

    void take(String tenant, int items) {
        quota.take(tenant, items);
    }
}
