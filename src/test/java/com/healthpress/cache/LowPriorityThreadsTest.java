package com.healthpress.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Background threads run at the lowest scheduling priority (Linux, where renice is available). */
class LowPriorityThreadsTest {

    @Test
    void aBackgroundThreadRunsAtNice19AndAThreadCanLowerItselfAfterWorkForReaders() throws Exception {
        assumeTrue(Files.exists(Path.of("/proc/thread-self/stat")), "Linux");
        AtomicInteger background = new AtomicInteger(-100);
        Thread thread = new LowPriorityThreads("test").newThread(() -> background.set(niceOfThisThread()));
        thread.start();
        thread.join();
        assumeTrue(background.get() == 19 || reniceAvailable(), "renice is installed");

        int ours = niceOfThisThread();
        int[] before = new int[1];
        int after = CompletableFuture.supplyAsync(() -> {
            before[0] = niceOfThisThread();
            LowPriorityThreads.lowerOwnPriority();
            return niceOfThisThread();
        }, work -> new Thread(work).start()).get();

        assertEquals(19, background.get());
        assertEquals(ours, before[0], "a thread that works for readers first starts at the process's priority");
        assertEquals(19, after);
    }

    /** The nice value of the calling thread: field 19 of /proc/thread-self/stat (after the command in brackets). */
    private static int niceOfThisThread() {
        try {
            String stat = Files.readString(Path.of("/proc/thread-self/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Integer.parseInt(fields[16]);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean reniceAvailable() {
        return Files.isExecutable(Path.of("/usr/bin/renice")) || Files.isExecutable(Path.of("/bin/renice"));
    }
}
