package io.trailmap.touchpoint.service;

/**
 * A change of a tenant's rollups that takes data away (erasure, retention), fired in its transaction.
 * Observers after commit drop what they keep for the tenant on this replica at once; other replicas learn
 * it from the new epoch in {@code rollup_versions}.
 */
public record RollupsChanged(String tenant) {
}
