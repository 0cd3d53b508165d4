-- Who erased a customer, when, and how much went: kept for accountability. No personal data —
-- the erased customer's id is deliberately not stored.
CREATE TABLE erasure_audit (
    id             uuid        PRIMARY KEY,
    tenant_id      text        NOT NULL,
    erased_by      text        NOT NULL,
    erased_at      timestamptz NOT NULL,
    interactions   integer     NOT NULL,
    stage_progress integer     NOT NULL,
    journeys       integer     NOT NULL
);

CREATE INDEX erasure_audit_by_tenant ON erasure_audit (tenant_id, erased_at DESC);
