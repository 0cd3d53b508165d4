-- The touches a fold left unknown in order (a late event: older than the customer's last one) rebuilt from
-- the customer's counted raw events, in the fold's transaction (its items are no longer queued), so readers
-- find them kept. Parameters: the customer journeys as parallel arrays (tenant_id text[], journey_id uuid[],
-- customer_id text[]).
UPDATE customer_journeys c SET touches = customer_touches(c.tenant_id, c.journey_id, c.customer_id)
FROM unnest(?::text[], ?::uuid[], ?::text[]) AS u(tenant_id, journey_id, customer_id)
WHERE c.tenant_id = u.tenant_id AND c.journey_id = u.journey_id AND c.customer_id = u.customer_id AND c.touches IS NULL
