package io.trailmap.touchpoint.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.trailmap.touchpoint.api.InteractionInput;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Function;

/**
 * Writes a batch with one statement: the events travel as column arrays ({@code unnest}), are
 * inserted unless their eventId is known ({@code ON CONFLICT DO NOTHING}), and only the newly
 * inserted ones update the per-customer rollups in the same statement. Runs in the caller's
 * transaction, so a batch is stored whole or not at all.
 */
@ApplicationScoped
public class InteractionWriter {

    private static final String SQL = """
            WITH batch AS (
                SELECT * FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                                     ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                    WITH ORDINALITY AS b(id, event_id, customer_id, journey_id, stage_key, touchpoint_id, type, occurred_at,
                                         channel, value, currency, variant, session_id, attributes, ord)
            ),
            ins AS (
                INSERT INTO interactions (id, tenant_id, event_id, customer_id, journey_id, stage_key, touchpoint_id, type,
                                          occurred_at, channel, value, currency, variant, session_id, attributes, received_at)
                SELECT id::uuid, ?, event_id, customer_id, journey_id::uuid, stage_key, touchpoint_id::uuid, type,
                       occurred_at::timestamptz, channel, value::numeric, currency, variant, session_id, attributes::jsonb, now()
                FROM batch ORDER BY ord
                ON CONFLICT (tenant_id, event_id) DO NOTHING
                RETURNING journey_id, customer_id, stage_key, type, occurred_at, variant
            ),
            progress AS (
                INSERT INTO customer_stage_progress AS p (tenant_id, journey_id, customer_id, stage_key, first_reached_at,
                                                          last_reached_at, interactions, variant, variant_at)
                SELECT ?, journey_id, customer_id, stage_key, min(occurred_at), max(occurred_at), count(*),
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
                SELECT ?, journey_id, customer_id, min(occurred_at), max(occurred_at), count(*),
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
            SELECT (SELECT count(*) FROM ins), (SELECT count(*) FROM progress), (SELECT count(*) FROM journeys)
            """;

    private final AgroalDataSource dataSource;
    private final ObjectMapper json;
    private final TimeOrderedIds ids;

    public InteractionWriter(AgroalDataSource dataSource, ObjectMapper json, java.time.Clock clock) {
        this.dataSource = dataSource;
        this.json = json;
        this.ids = new TimeOrderedIds(clock);
    }

    /** Stores the events not seen before; answers how many were new. Call inside a transaction. */
    public int write(String tenant, List<InteractionInput> events) {
        if (events.isEmpty()) {
            return 0;
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(SQL)) {
            int p = 1;
            statement.setArray(p++, column(connection, events, e -> ids.next().toString()));
            statement.setArray(p++, column(connection, events, InteractionInput::eventId));
            statement.setArray(p++, column(connection, events, InteractionInput::customerId));
            statement.setArray(p++, column(connection, events, e -> e.journeyId().toString()));
            statement.setArray(p++, column(connection, events, InteractionInput::stageKey));
            statement.setArray(p++, column(connection, events, e -> e.touchpointId().toString()));
            statement.setArray(p++, column(connection, events, e -> e.type().name()));
            statement.setArray(p++, column(connection, events, e -> e.occurredAt().toString()));
            statement.setArray(p++, column(connection, events, e -> e.channel() == null ? null : e.channel().name()));
            statement.setArray(p++, column(connection, events, e -> e.value() == null ? null : e.value().toPlainString()));
            statement.setArray(p++, column(connection, events, InteractionInput::currency));
            statement.setArray(p++, column(connection, events, InteractionInput::variant));
            statement.setArray(p++, column(connection, events, InteractionInput::sessionId));
            statement.setArray(p++, column(connection, events, e -> toJson(e.attributes())));
            statement.setString(p++, tenant);
            statement.setString(p++, tenant);
            statement.setString(p, tenant);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not store interactions", e);
        }
    }

    private static Array column(Connection connection, List<InteractionInput> events,
                                Function<InteractionInput, String> value) throws SQLException {
        String[] values = new String[events.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = value.apply(events.get(i));
        }
        return connection.createArrayOf("text", values);
    }

    private String toJson(Object attributes) {
        if (attributes == null) {
            return null;
        }
        try {
            return json.writeValueAsString(attributes);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("attributes are not serialisable", e);
        }
    }
}
