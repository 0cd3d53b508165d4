-- Idempotency-Key of creations: the first answer, replayed to retries (see IdempotentRequests).
-- Shared by every PostgreSQL service (quarkus.flyway.locations includes db/common).
CREATE TABLE idempotency_keys (
    tenant_id   varchar(64)  NOT NULL,
    idem_key    varchar(128) NOT NULL,
    fingerprint char(64)     NOT NULL,
    created_at  timestamptz  NOT NULL,
    status      integer,
    location    varchar(1000),
    etag        varchar(64),
    body        text,
    PRIMARY KEY (tenant_id, idem_key)
);
CREATE INDEX idempotency_keys_created ON idempotency_keys (created_at);
