package io.trailmap.gateway.error;

import io.smallrye.graphql.api.ErrorCode;

/** A downstream service is down or too slow; the fields it serves are null. */
@ErrorCode("UNAVAILABLE")
public class UnavailableError extends GatewayError {

    public UnavailableError(String message) {
        super(message);
    }
}
