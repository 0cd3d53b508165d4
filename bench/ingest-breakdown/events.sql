-- The 1 000 events of one batch, generated in PostgreSQL (random customers of 200 000, 6 stages, 40 touchpoints,
-- 5 % purchases, random event ids, occurredAt in time order as a tracker sends them), with the columns that
-- store-interactions.sql's batch reads from its arrays (all text, cast by the statement as the service's arrays are).
    SELECT ('00000000-0000-7000-8000-' || lpad(to_hex(:base::bigint * 1000 + g), 12, '0')) AS id,
           'ev-' || :base || '-' || g AS event_id,
           'customer-' || ((:base + g * 7919) % 200000) AS customer_id, '11111111-1111-1111-1111-111111111111' AS journey_id,
           's' || (g % 6) AS stage_key, ('22222222-2222-2222-2222-' || lpad((g % 40)::text, 12, '0')) AS touchpoint_id,
           CASE WHEN g % 20 = 0 THEN 'PURCHASE' ELSE 'VIEW' END AS type,
           (now() - interval '1 day' + g * interval '1 ms')::text AS occurred_at, 'WEBSITE' AS channel,
           CASE WHEN g % 20 = 0 THEN '49.90' END AS value, CASE WHEN g % 20 = 0 THEN 'EUR' END AS currency,
           NULL::text AS variant, 'sess-' || (:base % 100000) AS session_id, '{"page":"/p"}' AS attributes, g AS ord
    FROM generate_series(1, 1000) g
