package com.healthpress.cache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Daemon threads for work no reader waits for (rendering pages ahead), which the operating system runs only when readers
 * leave a core idle: each lowers its own scheduling priority to the lowest (nice 19) as it starts. Java's thread
 * priorities do nothing on Linux by default, so the thread asks {@code renice} for its own task id; where that is not
 * possible (another system, no renice) it runs at normal priority.
 */
public final class LowPriorityThreads implements ThreadFactory {

    private static final Logger LOG = LoggerFactory.getLogger(LowPriorityThreads.class);
    private static final Path THIS_THREAD = Path.of("/proc/thread-self");

    private final String name;
    private final AtomicInteger number = new AtomicInteger();

    public LowPriorityThreads(String name) {
        this.name = name;
    }

    @Override
    public Thread newThread(Runnable work) {
        Thread thread = new Thread(() -> {
            lowerOwnPriority();
            work.run();
        }, name + "-" + number.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    }

    /**
     * Renices the calling thread (its task id is the last part of /proc/thread-self's target): for a thread that does
     * some work for readers first and then works in the background.
     */
    public static void lowerOwnPriority() {
        Thread.currentThread().setPriority(Thread.MIN_PRIORITY);
        try {
            String task = Files.readSymbolicLink(THIS_THREAD).getFileName().toString();
            Process renice = new ProcessBuilder("renice", "-n", "19", "-p", task).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!renice.waitFor(10, TimeUnit.SECONDS) || renice.exitValue() != 0) {
                LOG.debug("renice of a background thread failed; it runs at normal priority");
            }
        } catch (IOException | UnsupportedOperationException e) {
            LOG.debug("cannot lower a background thread's priority here: {}", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
