-- The rollup worker reads each work item's events by tenant and sequence range. With an index on seq
-- alone, a generic plan (a prepared statement, once PostgreSQL stops planning it per call) estimates the
-- tenant's rows as 1/ndistinct of the table and ANDs the seq range with the primary key's tenant prefix:
-- with 1 000 other tenants beside one of 2 M events, that reads the big tenant's 2 M key entries for every
-- 1 000-event item (124 ms instead of 0.26 ms; bench/ingest-breakdown). Leading with the tenant, one index
-- range answers both conditions whatever the plan, and the index is ready for distribution by tenant.
DROP INDEX interactions_seq;
CREATE INDEX interactions_tenant_seq ON interactions (tenant_id, seq);
