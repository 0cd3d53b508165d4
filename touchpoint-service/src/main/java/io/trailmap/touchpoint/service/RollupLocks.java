package io.trailmap.touchpoint.service;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * PostgreSQL advisory locks (held to the end of the transaction) that keep the rollup folds of every
 * replica apart from erasure and retention, which rewrite rollups themselves: folds share the locks
 * (any number at once, on any replica), an erasure holds its tenant's exclusively and retention holds
 * everyone's. A fold that waited reads the events after the other committed, so it never puts back
 * what an erasure took away, and retention never rebuilds from events a fold has yet to count.
 */
@ApplicationScoped
public class RollupLocks {

    /** The first key of every lock here ("trm"), so they cannot meet other advisory locks of the database. */
    private static final int CLASS_ID = 0x74726d;
    private static final int EVERYONE = 0;

    private final Sql sql;

    public RollupLocks(Sql sql) {
        this.sql = sql;
    }

    /** For a fold of these tenants' events; tenants in a fixed order, so two folds cannot deadlock. */
    public void shareFor(Collection<String> tenants) {
        List<Object> params = new ArrayList<>(List.of(CLASS_ID, EVERYONE));
        StringBuilder query = new StringBuilder("SELECT pg_advisory_xact_lock_shared(?, ?)");
        for (String tenant : new TreeSet<>(tenants)) {
            query.append(", pg_advisory_xact_lock_shared(?, hashtext(?))");
            params.addAll(List.of(CLASS_ID + 1, tenant));
        }
        sql.list(query.toString(), params, row -> 1);
    }

    /** For an erasure: waits for the folds of the tenant in progress, holds off new ones. */
    public void exclusiveFor(String tenant) {
        sql.list("SELECT pg_advisory_xact_lock(?, hashtext(?))", List.of(CLASS_ID + 1, tenant), row -> 1);
    }

    /** For retention, which rebuilds rollups of every tenant. */
    public void exclusiveForEveryone() {
        sql.list("SELECT pg_advisory_xact_lock(?, ?)", List.of(CLASS_ID, EVERYONE), row -> 1);
    }
}
