package io.trailmap.gateway.error;

import io.smallrye.graphql.api.ErrorCode;

/** The object changed meanwhile (stale version) or is in a state that forbids the change. */
@ErrorCode("CONFLICT")
public class ConflictError extends GatewayError {

    public ConflictError(String message) {
        super(message);
    }
}
