package com.healthpress.outbox;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/**
 * Writes events into the outbox inside the transaction of the change they tell of: committed with it or not at
 * all. The {@link Dispatcher} sends them afterwards, from any instance, so a crash between the commit and the
 * delivery loses nothing.
 */
public final class Outbox {

    private Outbox() {
    }

    public static void record(Handle handle, List<NewEvent> events, Instant now) {
        OutboxRepository outbox = handle.attach(OutboxRepository.class);
        for (NewEvent event : events) {
            if (event.onceKey() != null && outbox.hasOnce(event.onceKey())) {
                continue;
            }
            outbox.insertEvent("evt_" + UUID.randomUUID().toString().replace("-", ""), event.kind().wireName(),
                    event.articleId(), event.slug(), event.oldSlug(), event.title(), now, event.onceKey());
        }
    }
}
