package app.keystone.shared;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Background threads that drain a database queue: each runs {@code pass} (which returns how much it did) again at
 * once while there is work, sleeps up to {@code pollMillis} when there is none — or until {@link #nudge()} says new
 * work was committed on this node — and survives failures (the database may be restarting) with a pause. A module
 * may hand it to Spring as a bean: it starts and stops with the application context.
 */
public final class PollingLoop implements org.springframework.context.SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PollingLoop.class);

    private final String name;
    private final int threads;
    private final long pollMillis;
    private final IntSupplier pass;
    private final Semaphore wake = new Semaphore(0);
    private volatile boolean running;
    private ExecutorService pool;

    public PollingLoop(String name, int threads, long pollMillis, IntSupplier pass) {
        this.name = name;
        this.threads = threads;
        this.pollMillis = pollMillis;
        this.pass = pass;
    }

    public void nudge() {
        if (wake.availablePermits() < threads) {
            wake.release();
        }
    }

    @Override
    public void start() {
        running = true;
        if (threads == 0) {
            return; // a node configured to leave this queue to the other nodes
        }
        pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
        for (int i = 0; i < threads; i++) {
            pool.submit(this::loop);
        }
    }

    @Override
    public void stop() {
        running = false;
        if (pool == null) {
            return;
        }
        wake.release(threads);
        pool.shutdown();
        try {
            pool.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void loop() {
        while (running) {
            try {
                if (pass.getAsInt() == 0) {
                    wake.tryAcquire(pollMillis, TimeUnit.MILLISECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.warn("{} pass failed, retrying: {}", name, e.getMessage());
                try {
                    Thread.sleep(Math.max(pollMillis, 1000));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
