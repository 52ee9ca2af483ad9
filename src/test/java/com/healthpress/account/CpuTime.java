package com.healthpress.account;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;

/**
 * The processor time work takes, for comparing the cost of two paths: unlike the wall clock it does not grow when a
 * busy machine leaves the work waiting for a core.
 */
final class CpuTime {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final OperatingSystemMXBean PROCESS =
            (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private CpuTime() {
    }

    /** The processor time this thread spends on {@code work}. */
    static Duration ofThisThread(Runnable work) {
        long start = THREADS.getCurrentThreadCpuTime();
        work.run();
        return Duration.ofNanos(THREADS.getCurrentThreadCpuTime() - start);
    }

    /** The processor time the whole JVM spends while {@code work} runs, on whichever threads do it (a server's). */
    static Duration ofThisProcess(Runnable work) {
        long start = PROCESS.getProcessCpuTime();
        work.run();
        return Duration.ofNanos(PROCESS.getProcessCpuTime() - start);
    }
}
