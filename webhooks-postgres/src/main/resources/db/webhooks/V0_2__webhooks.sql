-- Outbound webhooks: a tenant's subscriptions, and one delivery row per event and subscription,
-- written in the transaction of the event's cause (the outbox) and worked off by the dispatcher.

CREATE TABLE webhook_subscriptions (
    id                   uuid PRIMARY KEY,
    tenant_id            varchar(64)   NOT NULL,
    url                  varchar(2000) NOT NULL,
    event_types          varchar(500)  NOT NULL,
    secret               varchar(100)  NOT NULL,
    active               boolean       NOT NULL,
    paused_reason        varchar(500),
    consecutive_failures int           NOT NULL DEFAULT 0,
    created_at           timestamptz   NOT NULL
);
CREATE INDEX webhook_subscriptions_tenant ON webhook_subscriptions (tenant_id, created_at);

CREATE TABLE webhook_deliveries (
    id              varchar(64)  PRIMARY KEY,
    tenant_id       varchar(64)  NOT NULL,
    subscription_id uuid         NOT NULL REFERENCES webhook_subscriptions (id) ON DELETE CASCADE,
    event_type      varchar(64)  NOT NULL,
    payload         text         NOT NULL,
    status          varchar(16)  NOT NULL CHECK (status IN ('PENDING', 'DELIVERED', 'FAILED')),
    attempts        int          NOT NULL DEFAULT 0,
    next_attempt_at timestamptz  NOT NULL,
    last_status     int,
    last_error      varchar(500),
    created_at      timestamptz  NOT NULL,
    delivered_at    timestamptz
);
CREATE INDEX webhook_deliveries_due ON webhook_deliveries (status, next_attempt_at);
CREATE INDEX webhook_deliveries_subscription ON webhook_deliveries (subscription_id, created_at);
