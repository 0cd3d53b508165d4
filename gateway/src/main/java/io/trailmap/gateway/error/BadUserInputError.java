package io.trailmap.gateway.error;

import io.smallrye.graphql.api.ErrorCode;

/** The input was rejected; the message names the fields. */
@ErrorCode("BAD_USER_INPUT")
public class BadUserInputError extends GatewayError {

    public BadUserInputError(String message) {
        super(message);
    }
}
