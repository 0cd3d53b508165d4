package io.trailmap.gateway.error;

import io.smallrye.graphql.api.ErrorCode;

/**
 * A service refused the call because the tenant's quota is spent (its 429): the client may retry
 * after {@link #retryAfterSeconds()}, which the error carries as {@code extensions.retryAfter}.
 */
@ErrorCode("RATE_LIMITED")
public class RateLimitedError extends GatewayError {

    private final long retryAfterSeconds;

    public RateLimitedError(String message, long retryAfterSeconds) {
        super(message);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
