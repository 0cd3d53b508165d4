package io.trailmap.common.security;

import java.util.Set;

/**
 * The roles a token's {@code groups} claim may carry. Higher roles imply lower ones:
 * {@code admin} implies every role, {@code editor} implies {@code viewer}.
 */
public final class Roles {

    public static final String VIEWER = "viewer";
    public static final String EDITOR = "editor";
    public static final String INGEST = "ingest";
    public static final String ADMIN = "admin";

    private Roles() {
    }

    /** The given roles plus every role they imply. */
    public static Set<String> expand(Set<String> granted) {
        var roles = new java.util.HashSet<>(granted);
        if (roles.contains(ADMIN)) {
            roles.addAll(Set.of(EDITOR, INGEST, VIEWER));
        }
        if (roles.contains(EDITOR)) {
            roles.add(VIEWER);
        }
        return Set.copyOf(roles);
    }
}
