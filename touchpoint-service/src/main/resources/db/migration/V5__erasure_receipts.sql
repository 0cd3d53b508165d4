-- A repeated erasure of a customer answers the receipt of the first one: the audit record keeps the
-- SHA-256 of tenant and customer id (ErasedCustomer.digest), never the id. Records written before
-- have none and are never matched.
ALTER TABLE erasure_audit ADD COLUMN customer_digest char(64);

CREATE INDEX erasure_audit_by_customer ON erasure_audit (tenant_id, customer_digest, erased_at DESC);
