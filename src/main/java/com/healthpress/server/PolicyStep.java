package com.healthpress.server;

import io.javalin.http.Handler;

/** One step of the {@link ResponsePolicy}: what every request passes through, whichever way it is answered. */
public interface PolicyStep {

    /**
     * Before the request is handled: sets response headers, or refuses the request by throwing (a Javalin
     * {@code HttpResponseException} answers as it does from any handler).
     */
    default void before(Exchange exchange) throws Exception {
    }

    /** Once the answer is sent. */
    default void after(Exchange exchange, float milliseconds) {
    }

    /**
     * A Javalin handler as a step for the paths that start with {@code pathPrefix}: it needs Javalin's context, so
     * a request under the prefix is always answered by Javalin, and requests elsewhere never reach the handler.
     */
    static PolicyStep javalinHandlerUnder(String pathPrefix, Handler handler) {
        return new PolicyStep() {
            @Override
            public void before(Exchange exchange) throws Exception {
                if (exchange.path().startsWith(pathPrefix)) {
                    handler.handle(exchange.javalin());
                }
            }
        };
    }
}
