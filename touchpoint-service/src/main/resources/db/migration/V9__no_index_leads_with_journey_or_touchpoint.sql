-- Every served analytic now reads the rollups (the funnel, drop-offs' stages and experiments the progress;
-- attribution, paths, drop-offs and touchpoint metrics the touches kept per customer and journey, V8): no
-- served query reads interactions by journey or by touchpoint any more. Maintaining these two indexes cost
-- 8.5 µs of PostgreSQL CPU per stored event (2.2 + 6.3, bench/ingest-breakdown/RESULTS.md), paid for the raw
-- references only (source=RAW, admin, slow by design). Kept: the primary key (dedupe), (tenant, seq) for the fold and (tenant, customer, journey,
-- occurred_at) for timelines, erasure and the customers whose touches are read raw.
DROP INDEX interactions_journey;
DROP INDEX interactions_touchpoint;
