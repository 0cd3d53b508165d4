package io.trailmap.common.paging;

import io.trailmap.common.problem.ProblemException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CursorTest {

    @Test
    void roundTripsAndRejectsForeignTokens() {
        Cursor cursor = new Cursor(Instant.parse("2026-01-02T03:04:05.123456Z"), UUID.randomUUID());
        assertThat(Cursor.decode(cursor.encode())).isEqualTo(cursor);
        assertThat(cursor.encode()).doesNotContain("=", "+", "/");
        assertThatThrownBy(() -> Cursor.decode("garbage")).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> Cursor.decode("djJ8eHx5")).isInstanceOf(ProblemException.class);
    }

    /** A hand-made cursor at an instant no database stores would reach the query and fail there: it is refused as foreign. */
    @Test
    void aCursorAtAnInstantOutsideYears1To9999IsNotOneTheApiReturned() {
        UUID id = UUID.randomUUID();
        for (String at : List.of("+1000000000-01-01T00:00:00Z", "-0001-12-31T23:59:59Z", "+10000-01-01T00:00:00Z")) {
            String token = Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(("v1|" + at + "|" + id).getBytes(StandardCharsets.UTF_8));
            assertThatThrownBy(() -> Cursor.decode(token)).as(at).isInstanceOf(ProblemException.class);
        }
        Cursor edge = new Cursor(Instant.parse("9999-12-31T23:59:59Z"), id);
        assertThat(Cursor.decode(edge.encode())).isEqualTo(edge);
    }

    @Test
    void pageRequestsDefaultAndBoundTheLimit() {
        assertThat(PageRequest.of(null, null).limit()).isEqualTo(50);
        assertThat(PageRequest.of("500", "").limit()).isEqualTo(500);
        assertThatThrownBy(() -> PageRequest.of("501", null)).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> PageRequest.of("0", null)).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> PageRequest.of("x", null)).isInstanceOf(ProblemException.class);
    }

    @Test
    void overfetchedRowsTellWhetherAnotherPageFollows() {
        Page<Integer> last = Page.fromOverfetched(List.of(1, 2), 2, String::valueOf);
        assertThat(last.items()).containsExactly(1, 2);
        assertThat(last.nextCursor()).isNull();
        Page<Integer> more = Page.fromOverfetched(List.of(1, 2, 3), 2, String::valueOf);
        assertThat(more.items()).containsExactly(1, 2);
        assertThat(more.nextCursor()).isEqualTo("2");
    }
}
