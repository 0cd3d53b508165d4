package io.trailmap.feedback.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.trailmap.testsupport.OpenApiDocumentContract;

/** The conventions of DESIGN §3 in feedback-service's OpenAPI document; its tests' exchanges are held against it throughout. */
@QuarkusTest
class OpenApiDocumentTest extends OpenApiDocumentContract {
}
