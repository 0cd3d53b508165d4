package io.trailmap.gateway.error;

import io.smallrye.graphql.api.ErrorCode;
import org.eclipse.microprofile.graphql.GraphQLException;

/**
 * An answer assembled from several services of which some could not be asked: the client gets
 * the partial data and an error at the field's path with code UNAVAILABLE.
 */
@ErrorCode("UNAVAILABLE")
public class PartiallyUnavailable extends GraphQLException {

    public PartiallyUnavailable(String message, Object partialResults) {
        super(message, partialResults);
    }
}
