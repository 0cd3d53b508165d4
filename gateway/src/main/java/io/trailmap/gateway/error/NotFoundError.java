package io.trailmap.gateway.error;

import io.smallrye.graphql.api.ErrorCode;

/** The object does not exist (or belongs to another tenant). */
@ErrorCode("NOT_FOUND")
public class NotFoundError extends GatewayError {

    public NotFoundError(String message) {
        super(message);
    }
}
