package io.trailmap.touchpoint.service;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Plain SQL for the analytics reads that JPQL cannot express (window functions, DISTINCT ON,
 * arrays). Every statement names the tenant itself: Hibernate's tenant filter does not apply here.
 */
@ApplicationScoped
public class Sql {

    @FunctionalInterface
    public interface RowHandler {
        void accept(ResultSet row) throws SQLException;
    }

    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    private final AgroalDataSource dataSource;

    public Sql(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void each(String sql, List<Object> params, RowHandler handler) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            // PostgreSQL sends rows 5 000 at a time only inside a transaction; outside one (a background refresh)
            // the driver would hold the whole answer in memory: open one for the read
            boolean outside = connection.getAutoCommit();
            if (outside) {
                connection.setAutoCommit(false);
            }
            try {
                statement.setFetchSize(5_000);
                bind(connection, statement, params);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        handler.accept(rows);
                    }
                }
            } finally {
                if (outside) {
                    connection.commit();
                    connection.setAutoCommit(true);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("analytics query failed", e);
        }
    }

    public <T> List<T> list(String sql, List<Object> params, RowMapper<T> mapper) {
        List<T> result = new ArrayList<>();
        each(sql, params, row -> result.add(mapper.map(row)));
        return result;
    }

    public int update(String sql, List<Object> params) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(connection, statement, params);
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("update failed", e);
        }
    }

    public static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static void bind(Connection connection, PreparedStatement statement, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            Object value = params.get(i);
            switch (value) {
                case Instant instant -> statement.setObject(i + 1, instant.atOffset(ZoneOffset.UTC));
                case UUID uuid -> statement.setObject(i + 1, uuid);
                case String[] strings -> statement.setArray(i + 1, connection.createArrayOf("text", strings));
                case Long[] longs -> statement.setArray(i + 1, connection.createArrayOf("bigint", longs));
                case UUID[] uuids -> statement.setArray(i + 1, connection.createArrayOf("uuid", uuids));
                case null -> statement.setObject(i + 1, null);
                default -> statement.setObject(i + 1, value);
            }
        }
    }
}
