package io.trailmap.testsupport;

import com.mongodb.client.MongoDatabase;
import org.bson.Document;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a piece of data still lies in a service's store, searched everywhere rather than where the code
 * is expected to have put it: every row of every table (as PostgreSQL writes the row as text), every
 * document of every collection (as JSON). Erasure tests assert this finds nothing.
 */
public final class StoredTraces {

    private StoredTraces() {
    }

    /** "table: row" for every row of every table of the database that contains one of {@code needles}. */
    public static List<String> inPostgres(Connection db, String... needles) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (PreparedStatement s = db.prepareStatement("SELECT quote_ident(table_schema) || '.' || quote_ident(table_name)"
                + " FROM information_schema.tables WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')");
             ResultSet r = s.executeQuery()) {
            while (r.next()) {
                tables.add(r.getString(1));
            }
        }
        List<String> found = new ArrayList<>();
        for (String table : tables) {
            for (String needle : needles) {
                try (PreparedStatement s = db.prepareStatement("SELECT t::text FROM " + table + " t WHERE strpos(t::text, ?) > 0")) {
                    s.setString(1, needle);
                    try (ResultSet r = s.executeQuery()) {
                        while (r.next()) {
                            found.add(table + ": " + r.getString(1));
                        }
                    }
                }
            }
        }
        return found;
    }

    /** "collection: document" for every document of every collection of the database that contains one of {@code needles}. */
    public static List<String> inMongo(MongoDatabase db, String... needles) {
        List<String> found = new ArrayList<>();
        for (String collection : db.listCollectionNames()) {
            for (Document document : db.getCollection(collection).find()) {
                String json = document.toJson();
                for (String needle : needles) {
                    if (json.contains(needle)) {
                        found.add(collection + ": " + json);
                    }
                }
            }
        }
        return found;
    }
}
