package io.trailmap.gateway;

import io.quarkus.test.junit.QuarkusTest;
import io.trailmap.testsupport.AccessMatrixContract;

import java.util.Map;

/** The gateway's REST side: the map picture is a read. (GraphQL needs a token as a whole: see GraphQLGatewayTest.) */
@QuarkusTest
class AccessMatrixTest extends AccessMatrixContract {

    @Override
    protected Map<String, String> rules() {
        return Map.of("GET /journeys/{id}/map.svg", "viewer");
    }
}
