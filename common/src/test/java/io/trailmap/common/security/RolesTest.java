package io.trailmap.common.security;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class RolesTest {

    @Test
    void adminImpliesEveryRoleEditorImpliesViewerOthersOnlyThemselves() {
        assertThat(Roles.expand(Set.of("admin"))).containsExactlyInAnyOrder("admin", "editor", "viewer", "ingest");
        assertThat(Roles.expand(Set.of("editor"))).containsExactlyInAnyOrder("editor", "viewer");
        assertThat(Roles.expand(Set.of("ingest"))).containsExactly("ingest");
        assertThat(Roles.expand(Set.of("viewer"))).containsExactly("viewer");
        assertThat(Roles.expand(Set.of())).isEmpty();
    }
}
