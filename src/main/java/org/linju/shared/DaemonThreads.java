package org.linju.shared;

import java.util.concurrent.ThreadFactory;

/** Threads for background workers: named, so they can be told apart in a thread dump, and never holding up exit. */
public final class DaemonThreads {

    private DaemonThreads() {}

    public static ThreadFactory named(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
