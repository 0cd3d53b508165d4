package io.trailmap.gateway.error;

import io.smallrye.graphql.api.ErrorCode;

/** The token's roles do not allow this. */
@ErrorCode("FORBIDDEN")
public class ForbiddenError extends GatewayError {

    public ForbiddenError(String message) {
        super(message);
    }
}
