package io.trailmap.webhooks;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Outbound webhooks of this deployment. */
@ConfigMapping(prefix = "trailmap.webhooks")
public interface WebhookConfig {

    /** Plain http targets accepted (local runs only). */
    @WithDefault("false")
    boolean allowHttp();

    /** Private, loopback and link-local targets accepted (local runs only: SSRF). */
    @WithDefault("false")
    boolean allowPrivateTargets();

    /** Attempts of one delivery before it is FAILED (it can still be redelivered by hand). */
    @WithDefault("12")
    int maxAttempts();

    /** The wait after the first failed attempt; each next one doubles it, up to {@link #maxBackoff()}. */
    @WithDefault("PT10S")
    Duration firstBackoff();

    @WithDefault("PT1H")
    Duration maxBackoff();

    /** Failed attempts in a row after which a subscription is paused. */
    @WithDefault("20")
    int pauseAfterFailures();

    /**
     * How long the delivery log keeps a delivery, whatever its state (a subscription paused for longer
     * loses the events it kept): event payloads hold customers' data.
     */
    @WithDefault("P30D")
    Duration logRetention();

    /** How long a receiver may take to answer. */
    @WithDefault("PT10S")
    Duration timeout();

    /**
     * How often due deliveries are sent (and, in feedback-service, waiting events relayed): a Quarkus
     * {@code @Scheduled(every)} value such as {@code 1s}, or {@code off}. Read by the schedules themselves;
     * declared here so that setting it is not an unknown property.
     */
    @WithDefault("1s")
    String dispatchEvery();
}
