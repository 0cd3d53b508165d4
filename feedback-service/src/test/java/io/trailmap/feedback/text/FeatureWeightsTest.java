package io.trailmap.feedback.text;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class FeatureWeightsTest {

    private static final Map<String, float[]> WEIGHTS = new LinkedHashMap<>();

    static {
        WEIGHTS.put("bias", new float[] {0.5f, -0.25f, 1f});
        WEIGHTS.put("w:slow", new float[] {2f, 0f, -1.5f});
        WEIGHTS.put("c:ow ", new float[] {0.125f, 0.75f, -0.5f});
        WEIGHTS.put("w:kiitos", new float[] {-1f, 0f, 3f});
    }

    @Test
    void eachFeatureAddsItsOwnWeightsTimesItsValue() {
        FeatureWeights model = FeatureWeights.of(WEIGHTS, 3);
        double[] decision = new double[3];
        model.addTo(decision, "bias", 1);
        model.addTo(decision, "w:slow", 2);
        model.addTo(decision, "c:ow ", 0.5);
        // bias + 2 × slow + 0.5 × "ow ": {0.5 + 4 + 0.0625, -0.25 + 0 + 0.375, 1 - 3 - 0.25}
        assertThat(decision[0]).isCloseTo(4.5625, within(1e-12));
        assertThat(decision[1]).isCloseTo(0.125, within(1e-12));
        assertThat(decision[2]).isCloseTo(-2.25, within(1e-12));
    }

    @Test
    void anUnknownFeatureAddsNothing() {
        FeatureWeights model = FeatureWeights.of(WEIGHTS, 3);
        double[] decision = {1, 2, 3};
        assertThat(model.addTo(decision, "w:fast", 5)).isFalse();
        assertThat(model.addTo(decision, "", 5)).isFalse();
        assertThat(decision).containsExactly(1, 2, 3);
    }

    @Test
    void whatIsWrittenReadsBackTheSame() throws Exception {
        FeatureWeights written = FeatureWeights.of(WEIGHTS, 3);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeUTF("a header");   // something before the weights, as in a model file
            written.writeTo(out);
        }
        ByteBuffer data = ByteBuffer.wrap(bytes.toByteArray());
        data.position(2 + "a header".length());
        FeatureWeights read = FeatureWeights.read(data, 3);
        assertThat(data.remaining()).isZero();
        assertThat(read.size()).isEqualTo(4);
        for (Map.Entry<String, float[]> feature : WEIGHTS.entrySet()) {
            double[] decision = new double[3];
            assertThat(read.addTo(decision, feature.getKey(), 1)).isTrue();
            for (int k = 0; k < 3; k++) {
                assertThat(decision[k]).isEqualTo(feature.getValue()[k]);
            }
        }
    }

    @Test
    void aDamagedFileIsRefused() {
        ByteBuffer damaged = ByteBuffer.allocate(4 + 2 * 8 + 6 * 4).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        damaged.putInt(2).putLong(5).putLong(3);   // keys must ascend
        assertThatThrownBy(() -> FeatureWeights.read(ByteBuffer.wrap(damaged.array()), 3))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("out of order");
    }

    @Test
    void rowsOfTheWrongWidthAreRefused() {
        assertThatThrownBy(() -> FeatureWeights.of(Map.of("w:a", new float[] {1f, 2f}), 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 weights, not 3");
    }

    @Test
    void keysOfNearbyNamesDiffer() {
        assertThat(FeatureWeights.key("w:ab")).isNotEqualTo(FeatureWeights.key("w:ba"));
        assertThat(FeatureWeights.key("a")).isNotEqualTo(FeatureWeights.key("b"));
        assertThat(FeatureWeights.key("")).isNotZero();
    }
}
