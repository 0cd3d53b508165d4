-- One ingestion batch as touchpoint-service's InteractionWriter writes it: the same statement, but the 1 000
-- events (random customers of 200 000, 6 stages, 40 touchpoints, 5 % purchases) are generated here instead of
-- arriving as column arrays. Ids are time-ordered, as the service makes them.
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
),
progress AS (
    INSERT INTO customer_stage_progress AS p (tenant_id, journey_id, customer_id, stage_key, first_reached_at,
                                              last_reached_at, interactions, variant, variant_at)
    SELECT 'bench', journey_id, customer_id, stage_key, min(occurred_at), max(occurred_at), count(*),
           (array_agg(variant ORDER BY occurred_at) FILTER (WHERE variant IS NOT NULL))[1],
           min(occurred_at) FILTER (WHERE variant IS NOT NULL)
    FROM ins GROUP BY journey_id, customer_id, stage_key
    ORDER BY journey_id, customer_id, stage_key
    ON CONFLICT (tenant_id, journey_id, customer_id, stage_key) DO UPDATE SET
        first_reached_at = least(p.first_reached_at, excluded.first_reached_at),
        last_reached_at = greatest(p.last_reached_at, excluded.last_reached_at),
        interactions = p.interactions + excluded.interactions,
        variant = CASE WHEN excluded.variant_at < coalesce(p.variant_at, 'infinity') THEN excluded.variant ELSE p.variant END,
        variant_at = least(p.variant_at, excluded.variant_at)
    RETURNING 1
),
journeys AS (
    INSERT INTO customer_journeys AS c (tenant_id, journey_id, customer_id, first_seen_at, last_seen_at,
                                        interactions, conversions, first_conversion_at, last_conversion_at)
    SELECT 'bench', journey_id, customer_id, min(occurred_at), max(occurred_at), count(*),
           count(*) FILTER (WHERE type = 'PURCHASE'),
           min(occurred_at) FILTER (WHERE type = 'PURCHASE'),
           max(occurred_at) FILTER (WHERE type = 'PURCHASE')
    FROM ins GROUP BY journey_id, customer_id
    ORDER BY journey_id, customer_id
    ON CONFLICT (tenant_id, journey_id, customer_id) DO UPDATE SET
        first_seen_at = least(c.first_seen_at, excluded.first_seen_at),
        last_seen_at = greatest(c.last_seen_at, excluded.last_seen_at),
        interactions = c.interactions + excluded.interactions,
        conversions = c.conversions + excluded.conversions,
        first_conversion_at = least(c.first_conversion_at, excluded.first_conversion_at),
        last_conversion_at = greatest(c.last_conversion_at, excluded.last_conversion_at)
    RETURNING 1
)
SELECT (SELECT count(*) FROM ins), (SELECT count(*) FROM progress), (SELECT count(*) FROM journeys);
