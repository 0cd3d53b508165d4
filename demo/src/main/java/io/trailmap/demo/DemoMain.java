package io.trailmap.demo;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * bin/run's helper:
 * <pre>
 *   keys   &lt;dir&gt;                                   generate the local key pair unless present
 *   tokens &lt;dir&gt; &lt;tenant&gt;                          print "role token" lines (valid 12 h)
 *   load   &lt;dir&gt; &lt;tenant&gt; &lt;journeyUrl&gt; &lt;touchpointUrl&gt; &lt;feedbackUrl&gt;   load the demo data set
 * </pre>
 */
public final class DemoMain {

    private static final long SEED = 20261125L;

    private DemoMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            usage();
        }
        LocalKeys keys = LocalKeys.in(Path.of(args[1]));
        switch (args[0]) {
            case "keys" -> System.out.println(keys.publicKeyFile().toAbsolutePath());
            case "tokens" -> {
                requireArgs(args, 3);
                new LocalTokens(keys, LocalTokens.ISSUER).perRole(args[2], Duration.ofHours(12))
                        .forEach((role, token) -> System.out.println(role + " " + token));
            }
            case "load" -> {
                requireArgs(args, 6);
                String admin = new LocalTokens(keys, LocalTokens.ISSUER).token(args[2], "admin", Duration.ofHours(1));
                long started = System.nanoTime();
                DemoData.Loaded loaded = new DemoData(new ServiceClient(args[3], admin), new ServiceClient(args[4], admin),
                        new ServiceClient(args[5], admin), SEED, line -> System.out.println("  " + line)).load(Instant.now());
                System.out.printf("  demo data: %d journeys, %d touchpoints, %d interactions, %d responses, %d reviews in %.1f s%n",
                        loaded.journeyIds().size(), loaded.touchpoints(), loaded.interactions(), loaded.responses(), loaded.reviews(),
                        (System.nanoTime() - started) / 1e9);
                for (Map.Entry<String, String> journey : loaded.journeyIds().entrySet()) {
                    System.out.println("journey " + journey.getKey() + " " + journey.getValue());
                }
            }
            default -> usage();
        }
    }

    private static void requireArgs(String[] args, int count) {
        if (args.length < count) {
            usage();
        }
    }

    private static void usage() {
        System.err.println("usage: keys <dir> | tokens <dir> <tenant> | load <dir> <tenant> <journeyUrl> <touchpointUrl> <feedbackUrl>");
        System.exit(2);
    }
}
