package io.trailmap.feedback.text;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.Map;

/**
 * A linear model's weights by feature, as two flat arrays: the 64-bit keys of the feature names in ascending order
 * and, row by row, one float per class. A name is found by binary search of its key, so loading is two bulk copies
 * (no name decoded, no hash map built) and a model file holds no names at all. Two names of one model never share a
 * key ({@link #of} refuses them); a feature that is not in the model can meet a model's key by chance only with
 * probability (model size) / 2<sup>64</sup> per lookup — about 10<sup>-15</sup> here.
 */
final class FeatureWeights {

    private final long[] keys;
    private final float[] weights;
    private final int classes;

    private FeatureWeights(long[] keys, float[] weights, int classes) {
        this.keys = keys;
        this.weights = weights;
        this.classes = classes;
    }

    /** The weights of each named feature, {@code classes} floats each. */
    static FeatureWeights of(Map<String, float[]> byName, int classes) {
        long[][] rows = new long[byName.size()][];
        int i = 0;
        String[] names = byName.keySet().toArray(String[]::new);
        for (String name : names) {
            rows[i] = new long[] {key(name), i};
            i++;
        }
        Arrays.sort(rows, (a, b) -> Long.compare(a[0], b[0]));
        long[] keys = new long[rows.length];
        float[] weights = new float[rows.length * classes];
        for (int r = 0; r < rows.length; r++) {
            keys[r] = rows[r][0];
            if (r > 0 && keys[r] == keys[r - 1]) {
                throw new IllegalArgumentException("features " + names[(int) rows[r][1]] + " and " + names[(int) rows[r - 1][1]]
                        + " share a key");
            }
            float[] w = byName.get(names[(int) rows[r][1]]);
            if (w.length != classes) {
                throw new IllegalArgumentException(names[(int) rows[r][1]] + " has " + w.length + " weights, not " + classes);
            }
            System.arraycopy(w, 0, weights, r * classes, classes);
        }
        return new FeatureWeights(keys, weights, classes);
    }

    /** Reads what {@link #writeTo} wrote, from {@code data}'s position on. */
    static FeatureWeights read(ByteBuffer data, int classes) {
        data.order(ByteOrder.LITTLE_ENDIAN);
        int features = data.getInt();
        long[] keys = new long[features];
        data.asLongBuffer().get(keys);
        data.position(data.position() + features * Long.BYTES);
        float[] weights = new float[features * classes];
        data.asFloatBuffer().get(weights);
        data.position(data.position() + weights.length * Float.BYTES);
        for (int r = 1; r < features; r++) {
            if (keys[r] <= keys[r - 1]) {
                throw new IllegalStateException("feature keys out of order at row " + r);
            }
        }
        return new FeatureWeights(keys, weights, classes);
    }

    /**
     * The number of features, then their keys, then their weights, little-endian: the byte order of the machines
     * this runs on, so that reading them back is a plain copy.
     */
    void writeTo(OutputStream out) throws IOException {
        ByteBuffer data = ByteBuffer.allocate(Integer.BYTES + keys.length * Long.BYTES + weights.length * Float.BYTES)
                .order(ByteOrder.LITTLE_ENDIAN);
        data.putInt(keys.length);
        data.asLongBuffer().put(keys);
        data.position(data.position() + keys.length * Long.BYTES);
        data.asFloatBuffer().put(weights);
        out.write(data.array());
    }

    int size() {
        return keys.length;
    }

    /** Adds {@code value} × the feature's weights to {@code decision} (one value per class); nothing if it is unknown. */
    boolean addTo(double[] decision, String feature, double value) {
        int row = Arrays.binarySearch(keys, key(feature));
        if (row < 0) {
            return false;
        }
        for (int k = 0; k < classes; k++) {
            decision[k] += weights[row * classes + k] * value;
        }
        return true;
    }

    /** 64-bit FNV-1a over the name's UTF-16 units, finished with MurmurHash3's avalanche so nearby names spread. */
    static long key(String name) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < name.length(); i++) {
            hash ^= name.charAt(i);
            hash *= 0x100000001b3L;
        }
        hash ^= hash >>> 33;
        hash *= 0xff51afd7ed558ccdL;
        hash ^= hash >>> 33;
        hash *= 0xc4ceb9fe1a85ec53L;
        hash ^= hash >>> 33;
        return hash;
    }
}
