package com.healthpress.server;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.eclipse.jetty.util.component.AbstractLifeCycle;

/**
 * A bean of the Jetty server that holds its start until {@code ready} has completed. Jetty binds its port, then starts
 * its handlers and beans, and only then accepts connections: the server prepares itself while the app gets ready, and
 * a request that arrives meanwhile waits in the port's backlog until the app can answer it. When {@code ready} fails,
 * the server does not start and says why.
 */
public final class ServesWhenReady extends AbstractLifeCycle {

    private final CompletableFuture<?> ready;

    public ServesWhenReady(CompletableFuture<?> ready) {
        this.ready = ready;
    }

    @Override
    protected void doStart() throws Exception {
        try {
            ready.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }
}
