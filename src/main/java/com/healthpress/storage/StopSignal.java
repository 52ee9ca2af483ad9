package com.healthpress.storage;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * How a thread that uses the database is told to stop: it waits on this signal instead of sleeping, and is never
 * interrupted. Java closes an interruptible file channel when the thread using it is interrupted, so an interrupt
 * that lands while H2 reads or writes its file closes H2's file under it: H2 gives up on the store ("Reading from
 * file ... failed", ClosedByInterruptException), and a SIGTERM during the page store's commit left a database file
 * whose stored pages could no longer be read.
 */
public final class StopSignal {

    private final CountDownLatch stopped = new CountDownLatch(1);

    public void stop() {
        stopped.countDown();
    }

    public boolean isStopped() {
        return stopped.getCount() == 0;
    }

    /** Waits for the stop, or for the time given, whichever comes first; true when stopped. */
    public boolean await(Duration wait) {
        try {
            return stopped.await(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    /** Waits up to the time given for a thread that heard the stop to end its work. */
    public static void join(Thread thread, Duration wait) {
        if (thread == null) {
            return;
        }
        try {
            thread.join(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
