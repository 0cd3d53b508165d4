-- Folds the events of the claimed work items into the per-customer rollups in set-based upserts
-- (many events of a customer and stage collapse into one row), bumps each tenant's rollup version
-- and deletes the items: one transaction, so the events are counted exactly once. It logs which customer journeys
-- it changed under the new version, and how (rollup_folds). Every row answered names,
-- besides its item's events and lag, the customer journeys whose touches the fold left unknown in order.
-- Parameters: the claimed items as parallel arrays (tenant_id text[], first_seq bigint[]), twice.
WITH claimed AS (
    SELECT w.tenant_id, w.first_seq, w.last_seq
    FROM rollup_work w JOIN unnest(?::text[], ?::bigint[]) AS c(tenant_id, first_seq)
      ON w.tenant_id = c.tenant_id AND w.first_seq = c.first_seq
),
-- each item's events by one range of interactions_tenant_seq (tenant, seq), whatever the table's statistics say
-- (OFFSET 0 keeps the planner from turning the lateral subquery into a join it may plan as a scan of the whole table)
ev AS (
    SELECT i.tenant_id, i.journey_id, i.customer_id, i.stage_key, i.type, i.occurred_at, i.variant, i.event_id, i.touchpoint_id,
           i.channel
    FROM claimed w CROSS JOIN LATERAL (
        SELECT tenant_id, journey_id, customer_id, stage_key, type, occurred_at, variant, event_id, touchpoint_id, channel
        FROM interactions
        WHERE seq BETWEEN w.first_seq AND w.last_seq AND tenant_id = w.tenant_id
        OFFSET 0) i
),
progress AS (
    INSERT INTO customer_stage_progress AS p (tenant_id, journey_id, customer_id, stage_key, first_reached_at,
                                              last_reached_at, interactions, variant, variant_at)
    SELECT tenant_id, journey_id, customer_id, stage_key, min(occurred_at), max(occurred_at), count(*),
           (array_agg(variant ORDER BY occurred_at) FILTER (WHERE variant IS NOT NULL))[1],
           min(occurred_at) FILTER (WHERE variant IS NOT NULL)
    FROM ev GROUP BY tenant_id, journey_id, customer_id, stage_key
    ORDER BY tenant_id, journey_id, customer_id, stage_key
    ON CONFLICT (tenant_id, journey_id, customer_id, stage_key) DO UPDATE SET
        first_reached_at = least(p.first_reached_at, excluded.first_reached_at),
        last_reached_at = greatest(p.last_reached_at, excluded.last_reached_at),
        interactions = p.interactions + excluded.interactions,
        variant = CASE WHEN excluded.variant_at < coalesce(p.variant_at, 'infinity') THEN excluded.variant ELSE p.variant END,
        variant_at = least(p.variant_at, excluded.variant_at)
    RETURNING 1
),
per_journey AS (
    SELECT tenant_id, journey_id, customer_id, min(occurred_at) AS first_seen_at, max(occurred_at) AS last_seen_at,
           count(*) AS interactions, count(*) FILTER (WHERE type = 'PURCHASE') AS conversions,
           min(occurred_at) FILTER (WHERE type = 'PURCHASE') AS first_conversion_at,
           max(occurred_at) FILTER (WHERE type = 'PURCHASE') AS last_conversion_at,
           string_agg(touch_bytes(occurred_at, touchpoint_id, stage_key, type, channel, variant), ''::bytea ORDER BY occurred_at, event_id)
               AS touches
    FROM ev GROUP BY tenant_id, journey_id, customer_id
),
journeys AS (
    INSERT INTO customer_journeys AS c (tenant_id, journey_id, customer_id, first_seen_at, last_seen_at,
                                        interactions, conversions, first_conversion_at, last_conversion_at, touches)
    SELECT tenant_id, journey_id, customer_id, first_seen_at, last_seen_at, interactions, conversions,
           first_conversion_at, last_conversion_at, touches
    FROM per_journey
    ORDER BY tenant_id, journey_id, customer_id
    ON CONFLICT (tenant_id, journey_id, customer_id) DO UPDATE SET
        first_seen_at = least(c.first_seen_at, excluded.first_seen_at),
        last_seen_at = greatest(c.last_seen_at, excluded.last_seen_at),
        interactions = c.interactions + excluded.interactions,
        conversions = c.conversions + excluded.conversions,
        first_conversion_at = least(c.first_conversion_at, excluded.first_conversion_at),
        last_conversion_at = greatest(c.last_conversion_at, excluded.last_conversion_at),
        -- appended in order when every new touch comes after the last one (SET reads the row as it was), else unknown
        touches = CASE WHEN excluded.first_seen_at > c.last_seen_at THEN c.touches || excluded.touches END
    RETURNING c.tenant_id, c.journey_id, c.customer_id, c.touches IS NULL AS unknown
),
-- the rows whose touches this fold left unknown in order: the worker rebuilds them next, in this transaction
unknown AS (
    SELECT array_agg(tenant_id) AS tenants, array_agg(journey_id) AS journeys, array_agg(customer_id) AS customers
    FROM journeys WHERE unknown
),
versions AS (
    INSERT INTO rollup_versions AS v (tenant_id, version)
    SELECT DISTINCT tenant_id, 1 FROM claimed ORDER BY tenant_id
    ON CONFLICT (tenant_id) DO UPDATE SET version = v.version + 1
    RETURNING v.tenant_id, v.version
),
-- the customer journeys this fold changed, under the version it makes (analytics refresh from them): how many
-- touches it added to each, and the touches themselves where they did not all come after the journey's last.
-- per_journey and the upsert's rows hold the same keys, so both sorted by key line up element by element: the
-- arrays are zipped, not joined (a join of two CTEs, which PostgreSQL cannot estimate, was planned as a nested
-- loop: 400 M comparisons, 70 s, for a fold of 20 000 new customers)
logged AS (
    INSERT INTO rollup_folds (tenant_id, version, journeys, customers, added, late, unknown)
    SELECT v.tenant_id, v.version, p.journeys, p.customers, p.added,
           (SELECT array_agg(CASE WHEN z.unknown THEN z.touches END ORDER BY z.n)
            FROM unnest(p.touches, j.unknown) WITH ORDINALITY AS z(touches, unknown, n)),
           false
    FROM versions v
    CROSS JOIN LATERAL (
        SELECT array_agg(journey_id ORDER BY journey_id, customer_id) AS journeys,
               array_agg(customer_id ORDER BY journey_id, customer_id) AS customers,
               array_agg(interactions ORDER BY journey_id, customer_id) AS added,
               array_agg(touches ORDER BY journey_id, customer_id) AS touches
        FROM per_journey WHERE tenant_id = v.tenant_id) p
    CROSS JOIN LATERAL (
        SELECT array_agg(unknown ORDER BY journey_id, customer_id) AS unknown
        FROM journeys WHERE tenant_id = v.tenant_id) j
    WHERE p.journeys IS NOT NULL   -- the items' events were erased before the fold: nothing changed
    RETURNING 1
),
done AS (
    DELETE FROM rollup_work w USING claimed c
    WHERE w.tenant_id = c.tenant_id AND w.first_seq = c.first_seq
    RETURNING w.events, extract(epoch FROM clock_timestamp() - w.queued_at) AS lag_seconds
)
SELECT events, lag_seconds, (SELECT count(*) FROM progress) AS progress_rows, (SELECT count(*) FROM journeys) AS journey_rows,
       (SELECT count(*) FROM versions) AS tenants, (SELECT count(*) FROM logged) AS logged,
       u.tenants AS unknown_tenants, u.journeys AS unknown_journeys, u.customers AS unknown_customers
FROM done CROSS JOIN unknown u
