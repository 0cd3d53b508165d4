package io.trailmap.localstores;

import org.junit.jupiter.api.Test;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmbeddedPostgresSettingsTest {

    @Test
    void aListOfSettingsBecomesServerSettingsInItsOrder() {
        assertThat(EmbeddedPostgresLauncher.settings("shared_buffers=1GB, max_wal_size = 8GB,wal_compression=on"))
                .containsExactly(entry("shared_buffers", "1GB"), entry("max_wal_size", "8GB"),
                        entry("wal_compression", "on"));
    }

    @Test
    void noListMeansNoSettings() {
        assertThat(EmbeddedPostgresLauncher.settings(null)).isEmpty();
        assertThat(EmbeddedPostgresLauncher.settings(" ")).isEmpty();
    }

    @Test
    void aSettingWithoutValueOrWithSpacesInItsValueIsRefused() {
        assertThatThrownBy(() -> EmbeddedPostgresLauncher.settings("shared_buffers")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EmbeddedPostgresLauncher.settings("work_mem=")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EmbeddedPostgresLauncher.settings("search_path=a b")).isInstanceOf(IllegalArgumentException.class);
    }
}
