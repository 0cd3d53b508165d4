package io.trailmap.localstores;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Stops the embedded stores of local runs (PostgreSQL binaries, the MongoDB wire-protocol server)
 * after Quarkus has finished the requests in flight — not beside it. JVM shutdown hooks run
 * concurrently, so a store closed by its own hook would vanish under requests that the graceful
 * shutdown (quarkus.shutdown.delay/timeout) is still completing.
 */
@ApplicationScoped
public class LocalStoreShutdown {

    private static final List<Runnable> CLOSERS = new ArrayList<>();
    private static final CountDownLatch QUARKUS_STOPPED = new CountDownLatch(1);
    private static volatile boolean quarkusStarted;

    static {
        // a JVM that ends without a Quarkus shutdown (a failed start, System.exit) still stops its stores
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (quarkusStarted) {
                try {
                    QUARKUS_STOPPED.await(2, TimeUnit.MINUTES);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            closeAll();
        }, "local-store-shutdown"));
    }

    /** Closes {@code store} once Quarkus has stopped (or the JVM ends). */
    public static synchronized void register(Runnable store) {
        CLOSERS.add(store);
    }

    void started(@Observes StartupEvent event) {
        quarkusStarted = true;
    }

    void stopped(@Observes ShutdownEvent event) {
        closeAll();
        QUARKUS_STOPPED.countDown();
    }

    private static synchronized void closeAll() {
        for (Runnable closer : CLOSERS) {
            try {
                closer.run();
            } catch (RuntimeException ignored) {
                // shutting down anyway; the next store still gets closed
            }
        }
        CLOSERS.clear();
    }
}
