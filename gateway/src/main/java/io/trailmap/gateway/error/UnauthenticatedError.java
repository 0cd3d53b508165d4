package io.trailmap.gateway.error;

import io.smallrye.graphql.api.ErrorCode;

/** A valid token is required. */
@ErrorCode("UNAUTHENTICATED")
public class UnauthenticatedError extends GatewayError {

    public UnauthenticatedError(String message) {
        super(message);
    }
}
