package io.trailmap.common.idempotency;

import io.trailmap.common.problem.ProblemException;

/** The client's {@code Idempotency-Key} header: printable ASCII, 1–128 characters. */
public final class IdempotencyKey {

    public static final String HEADER = "Idempotency-Key";
    private static final int MAX_LENGTH = 128;

    private IdempotencyKey() {
    }

    /** The validated key, or null when the header is absent. */
    public static String validate(String header) {
        if (header == null) {
            return null;
        }
        String key = header.strip();
        if (key.isEmpty() || key.length() > MAX_LENGTH || !key.chars().allMatch(c -> c >= 0x21 && c <= 0x7e)) {
            throw ProblemException.invalid(HEADER, "must be 1 to " + MAX_LENGTH + " printable ASCII characters");
        }
        return key;
    }
}
