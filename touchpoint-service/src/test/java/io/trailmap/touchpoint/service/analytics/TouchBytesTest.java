package io.trailmap.touchpoint.service.analytics;

import io.trailmap.touchpoint.analytics.JourneyEvent;
import io.trailmap.touchpoint.analytics.TimeRange;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Touches as migration V8's {@code touch_bytes} writes them, read back (the SQL side: JourneyTouchesConsistencyTest). */
class TouchBytesTest {

    private static final UUID WEB = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final UUID SHOP = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    private static final Instant T = Instant.parse("2026-05-01T10:00:00.123456Z");

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final DataOutputStream out = new DataOutputStream(bytes);

    private void touch(Instant at, UUID touchpoint, String stage, String type, String channel) throws IOException {
        touch(at, touchpoint, stage, type, channel, null);
    }

    private void touch(Instant at, UUID touchpoint, String stage, String type, String channel, String variant) throws IOException {
        out.writeLong(ChronoUnit.MICROS.between(Instant.EPOCH, at));
        out.writeLong(touchpoint.getMostSignificantBits());
        out.writeLong(touchpoint.getLeastSignificantBits());
        for (String text : new String[]{stage, type, channel, variant}) {
            if (text == null) {
                out.writeShort(-1);   // no variant
                continue;
            }
            byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
            out.writeShort(utf8.length);
            out.write(utf8);
        }
    }

    @Test
    void everyTouchIsReadInOrderWithItsOwnChannelElseTheCataloguesElseOther() throws IOException {
        touch(T, WEB, "aware", "VIEW", "");
        touch(T.plusSeconds(60), SHOP, "köpa", "PURCHASE", "STORE");
        touch(T.plusSeconds(120), UUID.randomUUID(), "aware", "VIEW", "");

        TouchBytes.Decoded decoded = TouchBytes.decode(bytes.toByteArray(), TimeRange.ALL, Map.of(WEB, "WEBSITE"));

        assertThat(decoded.touches()).isEqualTo(3);
        assertThat(decoded.inRange()).extracting(JourneyEvent::channel).containsExactly("WEBSITE", "STORE", "OTHER");
        assertThat(decoded.inRange().get(1)).isEqualTo(new JourneyEvent(SHOP, "STORE", "köpa", "PURCHASE", T.plusSeconds(60)));
        assertThat(decoded.inRange().getFirst().at()).as("to the microsecond").isEqualTo(T);
    }

    @Test
    void onlyTouchesInTheRangeAreAnsweredButAllAreCounted() throws IOException {
        touch(T, WEB, "aware", "VIEW", "");
        touch(T.plusSeconds(60), WEB, "aware", "VIEW", "");
        touch(T.plusSeconds(120), WEB, "aware", "VIEW", "");

        TouchBytes.Decoded decoded = TouchBytes.decode(bytes.toByteArray(), new TimeRange(T.plusSeconds(60), T.plusSeconds(120)), Map.of());

        assertThat(decoded.touches()).isEqualTo(3);
        assertThat(decoded.inRange()).extracting(JourneyEvent::at).containsExactly(T.plusSeconds(60));
    }

    @Test
    void theVariantIsReadBackNoneAsNullAndAnEmptyOneAsItself() throws IOException {
        touch(T, WEB, "try", "VIEW", "", "B");
        touch(T.plusSeconds(1), WEB, "try", "VIEW", "", null);
        touch(T.plusSeconds(2), WEB, "try", "VIEW", "", "");
        assertThat(TouchBytes.decode(bytes.toByteArray(), TimeRange.ALL, Map.of()).inRange()).extracting(JourneyEvent::variant)
                .containsExactly("B", null, "");
        assertThat(TouchBytes.split(bytes.toByteArray())).as("each touch's bytes").hasSize(3);
    }

    @Test
    void timesBefore1970AreReadBack() throws IOException {
        Instant old = Instant.parse("1969-12-31T23:59:59.999999Z");
        touch(old, WEB, "aware", "VIEW", "");
        assertThat(TouchBytes.decode(bytes.toByteArray(), TimeRange.ALL, Map.of()).inRange().getFirst().at()).isEqualTo(old);
    }
}
