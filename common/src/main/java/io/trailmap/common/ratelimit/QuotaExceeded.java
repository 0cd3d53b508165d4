package io.trailmap.common.ratelimit;

import io.trailmap.common.problem.Problem;
import io.trailmap.common.problem.RetryLater;

/** 429: the tenant's quota is used up; {@link #retryAfterSeconds()} goes into Retry-After. */
public class QuotaExceeded extends RetryLater {

    public QuotaExceeded(String what, long perSecond, long retryAfterSeconds) {
        super(Problem.of(429, "rate-limited", "Too Many Requests",
                "Your tenant's quota of " + perSecond + " " + what + " per second is used up; retry after "
                        + retryAfterSeconds + " s"), retryAfterSeconds);
    }
}
