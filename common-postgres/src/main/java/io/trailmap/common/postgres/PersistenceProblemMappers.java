package io.trailmap.common.postgres;

import io.trailmap.common.problem.ProblemException;
import io.trailmap.common.problem.ProblemResponses;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import org.hibernate.StaleStateException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A concurrent edit that won the race makes ours stale: 412, as a stale If-Match would be. */
public class PersistenceProblemMappers {

    @ServerExceptionMapper
    public Response optimisticLock(OptimisticLockException e) {
        return stale();
    }

    @ServerExceptionMapper
    public Response staleState(StaleStateException e) {
        return stale();
    }

    private static Response stale() {
        return ProblemResponses.of(ProblemException.preconditionFailed(
                "The resource was changed by another request meanwhile. Read it again and retry.").problem());
    }
}
