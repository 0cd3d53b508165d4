-- Per customer and journey, every touch in time order (occurred_at, then event id): attribution, paths and
-- drop-offs read one row per customer instead of every raw event (DESIGN §5 "Freshness"; touch order as
-- the raw reads). Compact: per touch the time in microseconds since 1970 (int8), the touchpoint (16 bytes),
-- then stage key, type and the interaction's own channel ('' for none), each a 2-byte length and its UTF-8
-- bytes. The fold appends a batch's touches when they all come after the row's last one; otherwise the
-- order is not known without the raw events and touches becomes NULL (NULL || x stays NULL): readers then
-- take that customer's raw events, as they do when the number of touches differs from `interactions`.
CREATE FUNCTION touch_bytes(at timestamptz, touchpoint uuid, stage varchar, type varchar, channel varchar) RETURNS bytea
    LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT int8send((extract(epoch FROM at) * 1000000)::int8) || uuid_send(touchpoint)
        || int2send(octet_length(stage)::int2) || convert_to(stage, 'UTF8')
        || int2send(octet_length(type)::int2) || convert_to(type, 'UTF8')
        || int2send(octet_length(coalesce(channel, ''))::int2) || convert_to(coalesce(channel, ''), 'UTF8')
$$;

ALTER TABLE customer_journeys ADD COLUMN touches bytea;

-- the events counted so far: not those still queued (the worker folds them, appending or clearing)
UPDATE customer_journeys c SET touches = t.touches
FROM (SELECT i.tenant_id, i.journey_id, i.customer_id,
             string_agg(touch_bytes(i.occurred_at, i.touchpoint_id, i.stage_key, i.type, i.channel), ''::bytea
                        ORDER BY i.occurred_at, i.event_id) AS touches
      FROM interactions i
      WHERE NOT EXISTS (SELECT 1 FROM rollup_work w WHERE w.tenant_id = i.tenant_id AND i.seq BETWEEN w.first_seq AND w.last_seq)
      GROUP BY i.tenant_id, i.journey_id, i.customer_id) t
WHERE c.tenant_id = t.tenant_id AND c.journey_id = t.journey_id AND c.customer_id = t.customer_id;
