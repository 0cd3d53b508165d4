package io.trailmap.gateway.error;

/** A GraphQL error with a message for the client; subclasses carry {@code extensions.code}. */
public abstract class GatewayError extends RuntimeException {

    protected GatewayError(String message) {
        super(message, null, false, false);
    }
}
