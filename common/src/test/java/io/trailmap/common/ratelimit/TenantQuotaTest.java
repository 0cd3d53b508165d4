package io.trailmap.common.ratelimit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TenantQuotaTest {

    @Test
    void aTenantOverItsQuotaIsRefusedWithRetryAfterWhileOthersGoOn() {
        TenantQuota quota = new TenantQuota("events", 100, 1_000);
        quota.take("acme", 600);
        quota.take("acme", 400);
        assertThatThrownBy(() -> quota.take("acme", 50)).isInstanceOfSatisfying(QuotaExceeded.class, e -> {
            assertThat(e.problem().status()).isEqualTo(429);
            // 50 events at 100 per second: within a second
            assertThat(e.retryAfterSeconds()).isEqualTo(1);
            assertThat(e.problem().detail()).contains("100 events per second");
        });
        quota.take("globex", 1_000);
    }

    @Test
    void aBatchLargerThanTheBurstPassesOnAFullBucketAndZeroMeansUnlimited() {
        TenantQuota quota = new TenantQuota("events", 10, 10);
        quota.take("acme", 10_000);
        assertThatThrownBy(() -> quota.take("acme", 10)).isInstanceOf(QuotaExceeded.class);
        TenantQuota unlimited = new TenantQuota("events", 0, 0);
        for (int i = 0; i < 100; i++) {
            unlimited.take("acme", 1_000_000);
        }
    }

    @Test
    void retryAfterCoversTheWholeDeficit() {
        TenantQuota quota = new TenantQuota("responses", 10, 100);
        quota.take("acme", 100);
        assertThatThrownBy(() -> quota.take("acme", 35)).isInstanceOfSatisfying(QuotaExceeded.class,
                e -> assertThat(e.retryAfterSeconds()).isEqualTo(4));
    }
}
