package io.trailmap.common.postgres.idempotency;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "trailmap.idempotency")
public interface IdempotencyConfig {

    /** How long an Idempotency-Key and its first answer are kept (at least 24 h by contract). */
    @WithDefault("PT48H")
    Duration retention();
}
