package io.trailmap.webhooks;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class BackoffTest {

    private static WebhookConfig config(Duration first, Duration cap) {
        return new WebhookConfig() {
            public boolean allowHttp() { return false; }
            public boolean allowPrivateTargets() { return false; }
            public int maxAttempts() { return 12; }
            public Duration firstBackoff() { return first; }
            public Duration maxBackoff() { return cap; }
            public int pauseAfterFailures() { return 20; }
            public Duration logRetention() { return Duration.ofDays(30); }
            public Duration timeout() { return Duration.ofSeconds(10); }
            public String dispatchEvery() { return "1s"; }
        };
    }

    @Test
    void theWaitDoublesFromTheFirstBackoffUpToTheCap() {
        WebhookConfig defaults = config(Duration.ofSeconds(10), Duration.ofHours(1));
        // 10 s, 20 s, 40 s, 80 s, 160 s, 320 s, 640 s, 1280 s, 2560 s, then the cap of 3600 s
        long[] expected = {10, 20, 40, 80, 160, 320, 640, 1280, 2560, 3600, 3600, 3600};
        for (int attempt = 1; attempt <= expected.length; attempt++) {
            assertThat(WebhookDispatcher.backoff(attempt, defaults).toSeconds()).as("after attempt %d", attempt).isEqualTo(expected[attempt - 1]);
        }
    }

    @Test
    void theWaitNeverShrinksAndNeverPassesTheCap() {
        WebhookConfig config = config(Duration.ofMillis(700), Duration.ofSeconds(90));
        Duration previous = Duration.ZERO;
        for (int attempt = 1; attempt < 1_000; attempt++) {
            Duration wait = WebhookDispatcher.backoff(attempt, config);
            assertThat(wait).isGreaterThanOrEqualTo(previous).isLessThanOrEqualTo(Duration.ofSeconds(90));
            previous = wait;
        }
        assertThat(previous).isEqualTo(Duration.ofSeconds(90));
    }
}
