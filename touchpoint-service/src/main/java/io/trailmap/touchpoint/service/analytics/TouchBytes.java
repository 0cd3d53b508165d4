package io.trailmap.touchpoint.service.analytics;

import io.trailmap.touchpoint.analytics.JourneyEvent;
import io.trailmap.touchpoint.analytics.TimeRange;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reads a customer's touches in a journey as {@code customer_journeys.touches} holds them (written by the
 * SQL function {@code touch_bytes}, migration V8): per touch the time in microseconds since 1970, the
 * touchpoint, then stage key, type, the interaction's own channel ('' for none) and its A/B variant (since V13;
 * length -1 for none) as 2-byte lengths and UTF-8 bytes, oldest first.
 */
final class TouchBytes {

    /**
     * A {@code customer_journeys c} row's touches as a select-list item: the kept ones, or — where they are not
     * known in order (NULL: left so by a fold of an older version, or one whose rebuild did not run) — rebuilt
     * from the customer's counted raw events by the customer index (SQL {@code customer_touches}, V10), in the
     * same order and bytes. The rebuilt ones add up to {@code interactions} like kept ones.
     */
    static final String KEPT_OR_REBUILT = "coalesce(c.touches, customer_touches(c.tenant_id, c.journey_id, c.customer_id)) AS touches";

    private static final short NO_VARIANT = -1;

    private TouchBytes() {
    }

    /**
     * The touches in {@code range} ({@code touches} null: none), oldest first, each with its own channel, else its catalogue touchpoint's,
     * else OTHER — as the raw read resolves it; and how many touches there are in all.
     */
    static Decoded decode(byte[] touches, TimeRange range, Map<UUID, String> catalogueChannels) {
        return decodeFirst(touches, Integer.MAX_VALUE, range, catalogueChannels);
    }

    /** The same of the first {@code count} touches only (oldest first): the touches as they were before later ones were added. */
    static Decoded decodeFirst(byte[] touches, int count, TimeRange range, Map<UUID, String> catalogueChannels) {
        ByteBuffer in = ByteBuffer.wrap(touches == null ? new byte[0] : touches);   // null: none (no counted event to rebuild from)
        List<JourneyEvent> events = new ArrayList<>();
        int all = 0;
        while (in.hasRemaining() && all < count) {
            long micros = in.getLong();
            UUID touchpoint = new UUID(in.getLong(), in.getLong());
            String stage = text(in);
            String type = text(in);
            String channel = text(in);
            String variant = variant(in);
            all++;
            Instant at = Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000), Math.floorMod(micros, 1_000_000) * 1_000L);
            if (range.contains(at)) {
                String resolved = !channel.isEmpty() ? channel : catalogueChannels.getOrDefault(touchpoint, "OTHER");
                events.add(new JourneyEvent(touchpoint, resolved, stage, type, at, variant));
            }
        }
        return new Decoded(events, all);
    }

    /** Each touch's bytes, oldest first ({@code touches} null: none); equal touches have equal buffers. */
    static List<ByteBuffer> split(byte[] touches) {
        List<ByteBuffer> split = new ArrayList<>();
        ByteBuffer in = ByteBuffer.wrap(touches == null ? new byte[0] : touches);
        while (in.hasRemaining()) {
            int start = in.position();
            in.position(start + Long.BYTES + 2 * Long.BYTES);   // time, touchpoint
            for (int text = 0; text < 3; text++) {             // stage, type, channel
                in.position(in.position() + Short.BYTES + Short.toUnsignedInt(in.getShort(in.position())));
            }
            variant(in);
            split.add(ByteBuffer.wrap(touches, start, in.position() - start).slice());
        }
        return split;
    }

    /** The touches {@link #split} answered, as one column's bytes again. */
    static byte[] join(List<ByteBuffer> touches) {
        ByteBuffer out = ByteBuffer.allocate(touches.stream().mapToInt(ByteBuffer::remaining).sum());
        touches.forEach(touch -> out.put(touch.duplicate()));
        return out.array();
    }

    /** The touches in the range, and the number of touches decoded in all. */
    record Decoded(List<JourneyEvent> inRange, int touches) {
    }

    /** The variant, null for none (length -1). */
    private static String variant(ByteBuffer in) {
        if (in.getShort(in.position()) == NO_VARIANT) {
            in.position(in.position() + Short.BYTES);
            return null;
        }
        return text(in);
    }

    private static String text(ByteBuffer in) {
        int length = Short.toUnsignedInt(in.getShort());
        String text = new String(in.array(), in.position(), length, StandardCharsets.UTF_8);
        in.position(in.position() + length);
        return text;
    }
}
