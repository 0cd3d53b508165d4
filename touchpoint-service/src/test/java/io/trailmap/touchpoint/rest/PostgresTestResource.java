package io.trailmap.touchpoint.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.trailmap.testsupport.EmbeddedPostgresResource;

/** One embedded PostgreSQL for the whole touchpoint-service test run. */
@QuarkusTestResource(EmbeddedPostgresResource.class)
public class PostgresTestResource {
}
