package io.trailmap.gateway;

import io.quarkus.test.junit.QuarkusTest;
import io.trailmap.testsupport.OperationsContract;

@QuarkusTest
class OperationsTest extends OperationsContract {
}
