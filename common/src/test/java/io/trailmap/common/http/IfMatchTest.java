package io.trailmap.common.http;

import io.trailmap.common.problem.ProblemException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IfMatchTest {

    @Test
    void readsStrongWeakAndBareETags() {
        assertThat(IfMatch.requiredVersion("\"3\"")).isEqualTo(3);
        assertThat(IfMatch.requiredVersion("W/\"12\"")).isEqualTo(12);
        assertThat(IfMatch.requiredVersion(" 7 ")).isEqualTo(7);
        assertThat(IfMatch.etagOf(4)).isEqualTo("\"4\"");
    }

    @Test
    void missingIs428UnreadableIs400StaleIs412() {
        assertThatThrownBy(() -> IfMatch.requiredVersion(null)).extracting(e -> ((ProblemException) e).problem().status()).isEqualTo(428);
        assertThatThrownBy(() -> IfMatch.requiredVersion(" ")).extracting(e -> ((ProblemException) e).problem().status()).isEqualTo(428);
        assertThatThrownBy(() -> IfMatch.requiredVersion("*")).extracting(e -> ((ProblemException) e).problem().status()).isEqualTo(400);
        assertThatThrownBy(() -> IfMatch.require("\"1\"", 2)).extracting(e -> ((ProblemException) e).problem().status()).isEqualTo(412);
        IfMatch.require("\"2\"", 2);
    }
}
