-- A customer's touches in a journey rebuilt from their raw events that are counted (not queued), in the
-- order and bytes of customer_journeys.touches (V8). The fold rebuilds the touches it leaves unknown in
-- order (a late event) with it, in its own transaction; readers rebuild any still unknown (NULL) as they read.
CREATE FUNCTION customer_touches(tenant varchar, journey uuid, customer varchar) RETURNS bytea
    LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT string_agg(touch_bytes(i.occurred_at, i.touchpoint_id, i.stage_key, i.type, i.channel), ''::bytea
                      ORDER BY i.occurred_at, i.event_id)
    FROM interactions i
    WHERE i.tenant_id = tenant AND i.customer_id = customer AND i.journey_id = journey
      AND NOT EXISTS (SELECT 1 FROM rollup_work w WHERE w.tenant_id = i.tenant_id AND i.seq BETWEEN w.first_seq AND w.last_seq)
$$;
