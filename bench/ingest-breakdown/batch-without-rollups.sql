-- batch.sql without the two rollup upserts.
\set base random(1, 2000000000)
WITH batch AS (
    SELECT ('00000000-0000-7000-8000-' || lpad(to_hex(nextval('ids')), 12, '0')) AS id, 'ev-' || :base || '-' || g AS event_id,
           'customer-' || ((:base + g * 7919) % 200000) AS customer_id, '11111111-1111-1111-1111-111111111111' AS journey_id,
           's' || (g % 6) AS stage_key, ('22222222-2222-2222-2222-' || lpad((g % 40)::text, 12, '0')) AS touchpoint_id,
           CASE WHEN g % 20 = 0 THEN 'PURCHASE' ELSE 'VIEW' END AS type,
           (now() - make_interval(secs => (:base + g) % 2592000))::text AS occurred_at, 'WEBSITE' AS channel,
           CASE WHEN g % 20 = 0 THEN '49.90' END AS value, CASE WHEN g % 20 = 0 THEN 'EUR' END AS currency,
           NULL::text AS variant, 'sess-' || (:base % 100000) AS session_id, '{"page":"/p"}' AS attributes, g AS ord
    FROM generate_series(1, 1000) g
),
ins AS (
    INSERT INTO interactions (id, tenant_id, event_id, customer_id, journey_id, stage_key, touchpoint_id, type,
                              occurred_at, channel, value, currency, variant, session_id, attributes, received_at)
    SELECT id::uuid, 'bench', event_id, customer_id, journey_id::uuid, stage_key, touchpoint_id::uuid, type,
           occurred_at::timestamptz, channel, value::numeric, currency, variant, session_id, attributes::jsonb, now()
    FROM batch ORDER BY ord
    ON CONFLICT (tenant_id, event_id) DO NOTHING
    RETURNING journey_id, customer_id, stage_key, type, occurred_at, variant
)
SELECT (SELECT count(*) FROM ins);
