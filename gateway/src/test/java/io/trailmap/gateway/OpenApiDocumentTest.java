package io.trailmap.gateway;

import io.quarkus.test.junit.QuarkusTest;
import io.trailmap.testsupport.OpenApiDocumentContract;

/** The conventions of DESIGN §3 in the gateway's OpenAPI document; its tests' exchanges are held against it throughout. */
@QuarkusTest
class OpenApiDocumentTest extends OpenApiDocumentContract {
}
