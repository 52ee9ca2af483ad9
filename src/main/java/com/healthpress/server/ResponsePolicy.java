package com.healthpress.server;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.RequestLogger;
import java.util.List;

/**
 * The one policy every request passes through, whichever way it is answered: its steps, in order, before it is
 * handled and after its answer is sent. Javalin runs it as its only before-handler and request logger; the
 * shortcut that answers cached pages before Javalin and Jetty's own error answers run the same steps. A step that
 * refuses a request before Javalin hands it on to Javalin, which refuses it with its error pages.
 *
 * <p>A step that refuses by throwing ends the steps' {@code before} for that request (so headers every refusal
 * must carry come from earlier steps); every step's {@code after} runs for every answer.
 */
public final class ResponsePolicy implements Handler, RequestLogger {

    /** An array, not a list: the cached-page shortcut runs the steps per request without making an iterator. */
    private final PolicyStep[] steps;

    public ResponsePolicy(List<PolicyStep> steps) {
        this.steps = steps.toArray(PolicyStep[]::new);
    }

    /** Makes the policy Javalin's only before-handler and request logger: nothing else may be registered there. */
    public void registerWith(JavalinConfig cfg) {
        cfg.routes.before(this);
        cfg.requestLogger.http(this);
    }

    /** Javalin's before-handler. */
    @Override
    public void handle(Context ctx) throws Exception {
        before(new ContextExchange(ctx));
    }

    /** Javalin's request logger. */
    @Override
    public void handle(Context ctx, Float milliseconds) {
        after(new ContextExchange(ctx), milliseconds);
    }

    void before(Exchange exchange) throws Exception {
        for (PolicyStep step : steps) {
            step.before(exchange);
        }
    }

    /** For an answer that refuses the request already: every step runs, and whatever a step would refuse is moot. */
    void beforeRefusal(Exchange exchange) {
        for (PolicyStep step : steps) {
            try {
                step.before(exchange);
            } catch (Exception refused) {
                // The request is refused already; the steps after this one still set their headers.
            }
        }
    }

    void after(Exchange exchange, float milliseconds) {
        for (PolicyStep step : steps) {
            step.after(exchange, milliseconds);
        }
    }
}
