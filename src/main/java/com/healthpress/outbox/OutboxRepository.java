package com.healthpress.outbox;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** All SQL of the outbox (V32): events, webhook endpoints, their deliveries, and the addresses for IndexNow. */
@RegisterConstructorMapper(OutboxEvent.class)
@RegisterConstructorMapper(WebhookEndpoint.class)
@RegisterConstructorMapper(Delivery.class)
interface OutboxRepository {

    String EVENT_COLUMNS = "id, event_uid, kind, article_id, slug, old_slug, title, occurred_at";
    String DELIVERY_COLUMNS = "d.id, d.event_id, d.endpoint_id, e.kind, e.event_uid, d.state, d.attempts, "
            + "d.next_attempt_at, d.last_attempt_at, d.last_status, d.last_error, d.created_at";

    @SqlUpdate("INSERT INTO outbox_event (event_uid, kind, article_id, slug, old_slug, title, occurred_at, once_key) "
            + "VALUES (:uid, :kind, :articleId, :slug, :oldSlug, :title, :now, :onceKey)")
    void insertEvent(@Bind("uid") String uid, @Bind("kind") String kind, @Bind("articleId") Long articleId,
                     @Bind("slug") String slug, @Bind("oldSlug") String oldSlug, @Bind("title") String title,
                     @Bind("now") Instant now, @Bind("onceKey") String onceKey);

    @SqlQuery("SELECT COUNT(*) > 0 FROM outbox_event WHERE once_key = :onceKey")
    boolean hasOnce(@Bind("onceKey") String onceKey);

    @SqlQuery("SELECT " + EVENT_COLUMNS + " FROM outbox_event WHERE fanned_out = FALSE ORDER BY fanned_out, id "
            + "LIMIT :limit")
    List<OutboxEvent> listToFanOut(@Bind("limit") int limit);

    @SqlQuery("SELECT " + EVENT_COLUMNS + " FROM outbox_event WHERE id = :id")
    Optional<OutboxEvent> findEvent(@Bind("id") long id);

    /** 1 for the one instance that fans the event out, 0 for any other. */
    @SqlUpdate("UPDATE outbox_event SET fanned_out = TRUE WHERE id = :id AND fanned_out = FALSE")
    int claimFanOut(@Bind("id") long id);

    @SqlUpdate("INSERT INTO webhook_endpoint (url, events, secret, description, created_at, created_by) "
            + "VALUES (:url, :events, :secret, :description, :now, :by)")
    @GetGeneratedKeys("id")
    long insertEndpoint(@Bind("url") String url, @Bind("events") String events, @Bind("secret") String secret,
                        @Bind("description") String description, @Bind("now") Instant now, @Bind("by") String by);

    @SqlQuery("SELECT id, url, events, secret, description, created_at, created_by FROM webhook_endpoint "
            + "WHERE deleted_at IS NULL ORDER BY id")
    List<WebhookEndpoint> listEndpoints();

    @SqlQuery("SELECT id, url, events, secret, description, created_at, created_by FROM webhook_endpoint "
            + "WHERE id = :id AND deleted_at IS NULL")
    Optional<WebhookEndpoint> findEndpoint(@Bind("id") long id);

    @SqlUpdate("UPDATE webhook_endpoint SET deleted_at = :now WHERE id = :id AND deleted_at IS NULL")
    int deleteEndpoint(@Bind("id") long id, @Bind("now") Instant now);

    @SqlUpdate("INSERT INTO webhook_delivery (event_id, endpoint_id, state, next_attempt_at, created_at) "
            + "VALUES (:eventId, :endpointId, 'pending', :now, :now)")
    void insertDelivery(@Bind("eventId") long eventId, @Bind("endpointId") long endpointId, @Bind("now") Instant now);

    @SqlQuery("SELECT d.id FROM webhook_delivery d WHERE d.state = 'pending' AND d.next_attempt_at <= :now "
            + "AND (d.claimed_until IS NULL OR d.claimed_until < :now) ORDER BY d.state, d.next_attempt_at LIMIT :limit")
    List<Long> listDue(@Bind("now") Instant now, @Bind("limit") int limit);

    /** 1 for the one instance that takes the delivery until {@code until}, 0 for any other. */
    @SqlUpdate("UPDATE webhook_delivery SET claimed_until = :until WHERE id = :id AND state = 'pending' "
            + "AND next_attempt_at <= :now AND (claimed_until IS NULL OR claimed_until < :now)")
    int claim(@Bind("id") long id, @Bind("now") Instant now, @Bind("until") Instant until);

    @SqlQuery("SELECT " + DELIVERY_COLUMNS + " FROM webhook_delivery d JOIN outbox_event e ON e.id = d.event_id "
            + "WHERE d.id = :id")
    Optional<Delivery> findDelivery(@Bind("id") long id);

    @SqlUpdate("UPDATE webhook_delivery SET state = :state, attempts = attempts + 1, next_attempt_at = :next, "
            + "claimed_until = NULL, last_attempt_at = :now, last_status = :status, last_error = :error WHERE id = :id")
    void recordAttempt(@Bind("id") long id, @Bind("state") String state, @Bind("now") Instant now,
                       @Bind("next") Instant next, @Bind("status") Integer status, @Bind("error") String error);

    @SqlQuery("SELECT " + DELIVERY_COLUMNS + " FROM webhook_delivery d JOIN outbox_event e ON e.id = d.event_id "
            + "WHERE d.endpoint_id = :endpointId ORDER BY d.endpoint_id, d.id DESC LIMIT :limit")
    List<Delivery> listDeliveries(@Bind("endpointId") long endpointId, @Bind("limit") int limit);

    /** Sends a delivered or failed one again, at once, as a new attempt series. */
    @SqlUpdate("UPDATE webhook_delivery SET state = 'pending', attempts = 0, next_attempt_at = :now, "
            + "claimed_until = NULL, created_at = :now WHERE id = :id AND endpoint_id = :endpointId")
    int redeliver(@Bind("id") long id, @Bind("endpointId") long endpointId, @Bind("now") Instant now);

    @SqlQuery("SELECT COUNT(*) FROM indexnow_url WHERE url = :url")
    int countQueued(@Bind("url") String url);

    @SqlUpdate("INSERT INTO indexnow_url (url, queued_at, next_attempt_at) VALUES (:url, :now, :now)")
    void queueUrl(@Bind("url") String url, @Bind("now") Instant now);

    @SqlQuery("SELECT url FROM indexnow_url WHERE next_attempt_at <= :now ORDER BY next_attempt_at LIMIT :limit")
    List<String> listDueUrls(@Bind("now") Instant now, @Bind("limit") int limit);

    @SqlUpdate("DELETE FROM indexnow_url WHERE url IN (<urls>)")
    void forgetUrls(@BindList("urls") List<String> urls);

    @SqlUpdate("UPDATE indexnow_url SET attempts = attempts + 1, next_attempt_at = :next WHERE url IN (<urls>)")
    void retryUrls(@BindList("urls") List<String> urls, @Bind("next") Instant next);

    @SqlUpdate("DELETE FROM outbox_event WHERE occurred_at < :before AND fanned_out = TRUE AND NOT EXISTS "
            + "(SELECT 1 FROM webhook_delivery d WHERE d.event_id = outbox_event.id AND d.state = 'pending')")
    int prune(@Bind("before") Instant before);

    @SqlQuery("SELECT id, slug, title, review_due FROM article WHERE status = 'published' AND published_at <= :now "
            + "AND deleted_at IS NULL AND review_due <= :today ORDER BY id LIMIT :limit")
    @RegisterConstructorMapper(ReviewDue.class)
    List<ReviewDue> listReviewsDue(@Bind("now") Instant now, @Bind("today") java.time.LocalDate today,
                                   @Bind("limit") int limit);

    /** A public article whose review date has come. */
    record ReviewDue(long id, String slug, String title, java.time.LocalDate reviewDue) {
    }
}
