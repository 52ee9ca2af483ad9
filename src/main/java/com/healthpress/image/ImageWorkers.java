package com.healthpress.image;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The few threads that decode images and make their variants, so that this work never runs on a thread that serves
 * readers and never more of it at once than the machine can take. A full queue, or work that takes too long, is
 * answered with {@link ImageMessages#BUSY}.
 */
public final class ImageWorkers implements AutoCloseable {

    /**
     * One: a progressive JPEG's decoder holds the whole image's coefficients outside the heap, so two large decodes
     * at once would double that; and one thread leaves the other core to readers.
     */
    static final int THREADS = 1;
    static final int QUEUE = 8;
    /**
     * How long an upload waits for its image: the largest accepted image and its variants take seconds
     * (bench/images.sh), and the wait leaves room for a full line of them before the upload is told to retry.
     */
    static final long MAX_WAIT_SECONDS = 90;

    private final ThreadPoolExecutor executor;

    public ImageWorkers() {
        AtomicInteger count = new AtomicInteger();
        executor = new ThreadPoolExecutor(THREADS, THREADS, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(QUEUE),
                work -> {
                    Thread thread = new Thread(work, "image-worker-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    thread.setPriority(Thread.NORM_PRIORITY - 1);
                    return thread;
                });
    }

    /** Runs the work on an image thread and waits for its result. */
    <T> T run(ImageWork<T> work) throws ImageProblem {
        Future<T> result;
        try {
            Callable<T> task = work::call;
            result = executor.submit(task);
        } catch (RejectedExecutionException e) {
            throw new ImageProblem(ImageMessages.BUSY);
        }
        try {
            return result.get(MAX_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            result.cancel(true);
            Thread.currentThread().interrupt();
            throw new ImageProblem(ImageMessages.BUSY);
        } catch (TimeoutException e) {
            result.cancel(true);
            throw new ImageProblem(ImageMessages.BUSY);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ImageProblem problem) {
                throw problem;
            }
            if (e.getCause() instanceof RuntimeException unexpected) {
                throw unexpected;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }

    /** Work on an image that may refuse it with an {@link ImageProblem}. */
    @FunctionalInterface
    interface ImageWork<T> {
        T call() throws ImageProblem;
    }
}
