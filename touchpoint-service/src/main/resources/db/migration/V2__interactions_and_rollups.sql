-- Raw interactions. (tenant_id, event_id) is unique: a retried event is a duplicate for as long
-- as the interaction is stored (until the customer is erased), well beyond the 30 days promised.
CREATE TABLE interactions (
    id            uuid          PRIMARY KEY,
    tenant_id     varchar(64)   NOT NULL,
    event_id      varchar(128)  NOT NULL,
    customer_id   varchar(128)  NOT NULL,
    journey_id    uuid          NOT NULL,
    stage_key     varchar(64)   NOT NULL,
    touchpoint_id uuid          NOT NULL,
    type          varchar(32)   NOT NULL,
    occurred_at   timestamptz   NOT NULL,
    channel       varchar(32),
    value         numeric(19, 4),
    currency      char(3),
    variant       varchar(64),
    session_id    varchar(128),
    attributes    jsonb,
    received_at   timestamptz   NOT NULL,
    UNIQUE (tenant_id, event_id)
);
CREATE INDEX interactions_customer ON interactions (tenant_id, customer_id, journey_id, occurred_at);
CREATE INDEX interactions_journey ON interactions (tenant_id, journey_id, occurred_at);
CREATE INDEX interactions_touchpoint ON interactions (tenant_id, touchpoint_id, occurred_at);

-- Kept up to date by ingestion (least/greatest, so late and out-of-order events are right):
-- when each customer first and last reached each stage, and which A/B variant they saw there first.
CREATE TABLE customer_stage_progress (
    tenant_id        varchar(64)  NOT NULL,
    journey_id       uuid         NOT NULL,
    customer_id      varchar(128) NOT NULL,
    stage_key        varchar(64)  NOT NULL,
    first_reached_at timestamptz  NOT NULL,
    last_reached_at  timestamptz  NOT NULL,
    interactions     bigint       NOT NULL,
    variant          varchar(64),
    variant_at       timestamptz,
    PRIMARY KEY (tenant_id, journey_id, customer_id, stage_key)
);
CREATE INDEX customer_stage_progress_stage ON customer_stage_progress (tenant_id, journey_id, stage_key, first_reached_at);

-- Per customer and journey: when first and last seen, and their conversions (PURCHASE).
CREATE TABLE customer_journeys (
    tenant_id          varchar(64)  NOT NULL,
    journey_id         uuid         NOT NULL,
    customer_id        varchar(128) NOT NULL,
    first_seen_at      timestamptz  NOT NULL,
    last_seen_at       timestamptz  NOT NULL,
    interactions       bigint       NOT NULL,
    conversions        bigint       NOT NULL,
    first_conversion_at timestamptz,
    last_conversion_at  timestamptz,
    PRIMARY KEY (tenant_id, journey_id, customer_id)
);
CREATE INDEX customer_journeys_customer ON customer_journeys (tenant_id, customer_id);
