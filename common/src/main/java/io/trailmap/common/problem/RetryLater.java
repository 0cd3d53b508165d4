package io.trailmap.common.problem;

/** A problem the caller can retry after {@link #retryAfterSeconds()} (429, 503): the answer carries Retry-After. */
public class RetryLater extends ProblemException {

    private final long retryAfterSeconds;

    public RetryLater(Problem problem, long retryAfterSeconds) {
        super(problem);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
