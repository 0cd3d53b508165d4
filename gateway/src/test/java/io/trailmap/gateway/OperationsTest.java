package io.trailmap.gateway;

import io.quarkus.test.junit.QuarkusTest;
import io.trailmap.testsupport.OperationsContract;

import java.util.List;

/**
 * The gateway owns no data: it is ready unless it is shutting down — Quarkus' graceful-shutdown check
 * is its only readiness check, so readiness cannot depend on the services it calls (STYLE: never).
 */
@QuarkusTest
class OperationsTest extends OperationsContract {

    @Override
    protected List<String> readinessChecks() {
        return List.of("Graceful Shutdown");
    }
}
