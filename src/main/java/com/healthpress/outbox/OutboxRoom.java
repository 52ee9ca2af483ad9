package com.healthpress.outbox;

import com.healthpress.config.OutboxSettings;
import java.time.Clock;
import org.jdbi.v3.core.Jdbi;

/** The outbox's parts for the composition root, each made once: the dispatcher with its senders, the endpoints. */
public record OutboxRoom(Dispatcher dispatcher, WebhookEndpoints endpoints) {

    public static OutboxRoom create(Jdbi jdbi, PublicAddresses addresses, OutboxSettings settings, Clock clock) {
        OutboundTargets targets = new OutboundTargets(settings.allowPrivateTargets());
        OutboundHttp http = new OutboundHttp();
        Dispatcher dispatcher = new Dispatcher(jdbi, new WebhookSender(jdbi, addresses, targets, http, clock),
                new IndexNowSender(jdbi, addresses, settings, http, clock), clock);
        return new OutboxRoom(dispatcher, new WebhookEndpoints(jdbi, targets, clock));
    }
}
