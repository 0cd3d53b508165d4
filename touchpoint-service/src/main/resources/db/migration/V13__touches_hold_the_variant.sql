-- A touch also holds the interaction's A/B variant after its channel (length -1 for none: '' is a variant), so that experiments are
-- counted from the kept touches in the journey's one pass like the other journey analytics (and followed from
-- the customers changed since). The touches kept so far are rewritten from the counted raw events; the folds'
-- log holds touches in the old form, so it is emptied: the next pass of every kept analytic reads every customer.
CREATE FUNCTION touch_bytes(at timestamptz, touchpoint uuid, stage varchar, type varchar, channel varchar, variant varchar)
    RETURNS bytea LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT int8send((extract(epoch FROM at) * 1000000)::int8) || uuid_send(touchpoint)
        || int2send(octet_length(stage)::int2) || convert_to(stage, 'UTF8')
        || int2send(octet_length(type)::int2) || convert_to(type, 'UTF8')
        || int2send(octet_length(coalesce(channel, ''))::int2) || convert_to(coalesce(channel, ''), 'UTF8')
        || CASE WHEN variant IS NULL THEN int2send((-1)::int2) ELSE int2send(octet_length(variant)::int2) || convert_to(variant, 'UTF8') END
$$;

CREATE OR REPLACE FUNCTION customer_touches(tenant varchar, journey uuid, customer varchar) RETURNS bytea
    LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT string_agg(touch_bytes(i.occurred_at, i.touchpoint_id, i.stage_key, i.type, i.channel, i.variant), ''::bytea
                      ORDER BY i.occurred_at, i.event_id)
    FROM interactions i
    WHERE i.tenant_id = tenant AND i.customer_id = customer AND i.journey_id = journey
      AND NOT EXISTS (SELECT 1 FROM rollup_work w WHERE w.tenant_id = i.tenant_id AND i.seq BETWEEN w.first_seq AND w.last_seq)
$$;

DROP FUNCTION touch_bytes(timestamptz, uuid, varchar, varchar, varchar);

UPDATE customer_journeys c SET touches = t.touches
FROM (SELECT i.tenant_id, i.journey_id, i.customer_id,
             string_agg(touch_bytes(i.occurred_at, i.touchpoint_id, i.stage_key, i.type, i.channel, i.variant), ''::bytea
                        ORDER BY i.occurred_at, i.event_id) AS touches
      FROM interactions i
      WHERE NOT EXISTS (SELECT 1 FROM rollup_work w WHERE w.tenant_id = i.tenant_id AND i.seq BETWEEN w.first_seq AND w.last_seq)
      GROUP BY i.tenant_id, i.journey_id, i.customer_id) t
WHERE c.tenant_id = t.tenant_id AND c.journey_id = t.journey_id AND c.customer_id = t.customer_id AND c.touches IS NOT NULL;

DELETE FROM rollup_folds;
