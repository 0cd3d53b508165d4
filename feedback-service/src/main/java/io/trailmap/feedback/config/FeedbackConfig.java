package io.trailmap.feedback.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "trailmap.feedback")
public interface FeedbackConfig {

    /** MongoDB database holding the feedback collections. */
    @WithDefault("trailmap_feedback")
    String database();

    /** Time a new follow-up case is due after it opens. */
    @WithDefault("PT48H")
    Duration followUpDue();

    /**
     * A comment whose sentiment score (−1…1) is at or below this opens a follow-up case even when its
     * score or rating is not unhappy; −1.01 turns this off.
     */
    @WithDefault("-0.6")
    double followUpCommentScore();

    /** Mask e-mail addresses and phone numbers in comments before storing them. */
    @WithDefault("true")
    boolean maskPii();

    /**
     * Retention (deployment-wide): responses, reviews and resolved follow-up cases older than this
     * are purged on a schedule (summaries are computed from what remains). Empty keeps everything.
     */
    java.util.Optional<Duration> retention();

    /** How often the retention purge runs. */
    @WithDefault("1h")
    String retentionEvery();

    /** How often follow-ups past their due time are looked for (followup.overdue). */
    @WithDefault("1m")
    String overdueScanEvery();

    /** Each tenant's quota of submitted responses and reviews (per replica). */
    Quota quota();

    interface Quota {

        /** Items per second; 0 means no limit. */
        @WithDefault("2000")
        long itemsPerSecond();

        /** Items allowed at once above the rate. */
        @WithDefault("10000")
        long burst();
    }
}
