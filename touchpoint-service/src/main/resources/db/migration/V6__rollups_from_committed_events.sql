-- Ingestion stores raw events only; a rollup worker folds committed events into the rollups (DESIGN §5
-- "Freshness"). Each accepted batch takes a block of sequence numbers (one nextval: the increment is
-- larger than the largest batch), numbers its events within the block and queues one work item naming
-- the block, in the same transaction as the events: the item becomes visible exactly when its events
-- do, and the worker deletes it in the transaction that folds them, so a crash or a restart neither
-- skips nor counts twice. Replicas claim items with FOR UPDATE SKIP LOCKED.
CREATE SEQUENCE interaction_seq_blocks INCREMENT BY 16384;
ALTER TABLE interactions ADD COLUMN seq bigint;   -- null for events folded before this migration
CREATE INDEX interactions_seq ON interactions (seq);

-- One index serves the primary key and the dedupe key; the time-ordered id stays the timeline's
-- tiebreak, unique by construction, with no index of its own.
ALTER TABLE interactions DROP CONSTRAINT interactions_pkey;
ALTER TABLE interactions DROP CONSTRAINT interactions_tenant_id_event_id_key;
ALTER TABLE interactions ADD CONSTRAINT interactions_pkey PRIMARY KEY (tenant_id, event_id);

CREATE TABLE rollup_work (
    tenant_id  varchar(64) NOT NULL,
    first_seq  bigint      NOT NULL,
    last_seq   bigint      NOT NULL,
    events     int         NOT NULL,
    queued_at  timestamptz NOT NULL,   -- the database's clock inside the ingesting transaction: ≤ its acknowledgement
    PRIMARY KEY (tenant_id, first_seq)
);
-- a queue: rows live for a moment; vacuum it often
ALTER TABLE rollup_work SET (autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 1000);

-- version: bumped by every change of a tenant's rollups (fold, erasure, retention): cached analytics
-- computed at one version are right until it changes, on every replica. epoch: bumped by the changes
-- that take data away (erasure, retention): a result of an earlier epoch is never answered again.
CREATE TABLE rollup_versions (
    tenant_id varchar(64) PRIMARY KEY,
    version   bigint      NOT NULL,
    epoch     bigint      NOT NULL DEFAULT 0
);
