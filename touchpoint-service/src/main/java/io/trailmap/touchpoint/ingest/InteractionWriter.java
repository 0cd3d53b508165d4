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
 * Stores a batch of raw events with one statement: the events travel as column arrays ({@code unnest}),
 * are inserted unless their eventId is known ({@code ON CONFLICT DO NOTHING} on the primary key), and
 * a work item for the rollup worker is queued beside them. Runs in the caller's transaction, so a batch
 * and its work item are stored whole or not at all. The rollups are not touched here (see {@link RollupWorker}).
 */
@ApplicationScoped
public class InteractionWriter {

    /** Sequence numbers per batch: the block size of {@code interaction_seq_blocks}, above the largest batch. */
    static final int SEQ_BLOCK = 16_384;
    private static final String SQL = SqlScripts.load("store-interactions.sql");

    private final AgroalDataSource dataSource;
    private final ObjectMapper json;
    private final TimeOrderedIds ids;

    public InteractionWriter(AgroalDataSource dataSource, ObjectMapper json, java.time.Clock clock) {
        this.dataSource = dataSource;
        this.json = json;
        this.ids = new TimeOrderedIds(clock);
    }

    /** Stores the events not seen before and queues them for the rollups; answers how many were new. Call inside a transaction. */
    public int write(String tenant, List<InteractionInput> events) {
        if (events.isEmpty()) {
            return 0;
        }
        if (events.size() > SEQ_BLOCK) {
            throw new IllegalArgumentException("a batch holds at most " + SEQ_BLOCK + " events");
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
            statement.setInt(p, events.size());
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
