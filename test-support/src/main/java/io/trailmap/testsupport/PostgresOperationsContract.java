package io.trailmap.testsupport;

import java.util.List;

/** The operations contract of a PostgreSQL service: ready when its database answers (and while not shutting down). */
public abstract class PostgresOperationsContract extends OperationsContract {

    @Override
    protected List<String> readinessChecks() {
        return List.of("Database connections health check", "Graceful Shutdown");
    }
}
