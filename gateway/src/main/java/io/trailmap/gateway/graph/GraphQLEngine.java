package io.trailmap.gateway.graph;

import graphql.GraphQL;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import io.trailmap.gateway.error.ErrorCodes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.List;

/**
 * What the gateway adds to the graphql-java engine SmallRye builds: {@link ErrorCodes} after the
 * instrumentations SmallRye set (its document cache, the depth and complexity limits), which stay.
 */
@ApplicationScoped
public class GraphQLEngine {

    void addErrorCodes(@Observes GraphQL.Builder builder) {
        // the builder has no getter: a throw-away engine tells which instrumentation SmallRye chose
        Instrumentation chosen = builder.build().getInstrumentation();
        builder.instrumentation(new ChainedInstrumentation(List.of(chosen, new ErrorCodes())));
    }
}
