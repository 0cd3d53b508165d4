package io.trailmap.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

import static io.trailmap.bench.Report.f;

/**
 * How PostgreSQL read a table between two moments ({@code pg_stat_user_tables}): sequential scans and the
 * rows they read, index scans. A query whose plan reads the whole of {@code interactions} shows here —
 * e.g. a fold whose join by {@code seq} range became a hash join over the table.
 */
record TableScans(long seqScans, long seqRowsRead, long indexScans) {

    static TableScans of(Connection db, String table) throws Exception {
        try (PreparedStatement s = db.prepareStatement("SELECT pg_stat_clear_snapshot(), seq_scan, seq_tup_read, coalesce(idx_scan, 0)"
                + " FROM pg_stat_user_tables WHERE relname = ?")) {
            s.setString(1, table);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? new TableScans(r.getLong(2), r.getLong(3), r.getLong(4)) : new TableScans(0, 0, 0);
            }
        }
    }

    /** Waits a moment for the statistics of finished transactions to arrive (PostgreSQL 14 sends them at most every 0.5 s). */
    static TableScans settled(Connection db, String table) throws Exception {
        Thread.sleep(1_000);
        return of(db, table);
    }

    String since(TableScans before, long events) {
        long rows = seqRowsRead - before.seqRowsRead;
        return f("%d sequential scans reading %,d rows (%.0f per event); %d index scans", seqScans - before.seqScans, rows,
                (double) rows / events, indexScans - before.indexScans);
    }
}
