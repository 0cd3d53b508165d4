-- A batch in one statement: a block of sequence numbers, the events not seen before (by tenant and
-- eventId), and the work item that tells the rollup worker which numbers to fold.
-- Parameters: 14 text arrays (the columns), the tenant twice, the batch size.
WITH block AS (
    SELECT nextval('interaction_seq_blocks') AS first_seq
),
batch AS (
    SELECT * FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                         ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
        WITH ORDINALITY AS b(id, event_id, customer_id, journey_id, stage_key, touchpoint_id, type, occurred_at,
                             channel, value, currency, variant, session_id, attributes, ord)
),
ins AS (
    INSERT INTO interactions (id, tenant_id, event_id, customer_id, journey_id, stage_key, touchpoint_id, type,
                              occurred_at, channel, value, currency, variant, session_id, attributes, received_at, seq)
    SELECT id::uuid, ?, event_id, customer_id, journey_id::uuid, stage_key, touchpoint_id::uuid, type,
           occurred_at::timestamptz, channel, value::numeric, currency, variant, session_id, attributes::jsonb, now(),
           block.first_seq + ord - 1
    FROM batch, block
    ON CONFLICT (tenant_id, event_id) DO NOTHING
    RETURNING 1
),
work AS (
    INSERT INTO rollup_work (tenant_id, first_seq, last_seq, events, queued_at)
    SELECT ?, first_seq, first_seq + ? - 1, (SELECT count(*) FROM ins), clock_timestamp()
    FROM block WHERE EXISTS (SELECT 1 FROM ins)
    RETURNING 1
)
SELECT (SELECT count(*) FROM ins) AS stored, (SELECT count(*) FROM work) AS queued
