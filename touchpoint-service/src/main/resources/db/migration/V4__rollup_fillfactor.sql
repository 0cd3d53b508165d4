-- Ingestion updates a customer's rollup rows with every batch that mentions them. Free room in each
-- page lets PostgreSQL update them in place (HOT: no new index entries while no indexed column changes)
-- instead of moving every new row version to another page. Applies to pages written from now on.
ALTER TABLE customer_stage_progress SET (fillfactor = 80);
ALTER TABLE customer_journeys SET (fillfactor = 80);
