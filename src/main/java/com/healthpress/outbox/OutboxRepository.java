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

    /** A delivery due now, and its endpoint. */
    record Due(long id, long endpointId) {
    }

    /** Deliveries due now, oldest due first, in the order their events came when due at once. */
    @SqlQuery("SELECT d.id, d.endpoint_id FROM webhook_delivery d WHERE d.state = 'pending' "
            + "AND d.next_attempt_at <= :now AND (d.claimed_until IS NULL OR d.claimed_until < :now) "
            + "ORDER BY d.state, d.next_attempt_at, d.id LIMIT :limit")
    @RegisterConstructorMapper(Due.class)
    List<Due> listDue(@Bind("now") Instant now, @Bind("limit") int limit);

    /** 1 for the one instance that takes the delivery until {@code until}, 0 for any other. */
    @SqlUpdate("UPDATE webhook_delivery SET claimed_until = :until WHERE id = :id AND state = 'pending' "
            + "AND next_attempt_at <= :now AND (claimed_until IS NULL OR claimed_until < :now)")
    int claim(@Bind("id") long id, @Bind("now") Instant now, @Bind("until") Instant until);

    @SqlQuery("SELECT " + DELIVERY_COLUMNS + " FROM webhook_delivery d JOIN outbox_event e ON e.id = d.event_id "
            + "WHERE d.id = :id")
    Optional<Delivery> findDelivery(@Bind("id") long id);

    /**
     * Records an attempt made under the claim {@code claimedUntil}; 0 when that claim is no longer the delivery's
     * (it ran out and another instance took it), whose holder then records instead.
     */
    @SqlUpdate("UPDATE webhook_delivery SET state = :state, attempts = attempts + 1, next_attempt_at = :next, "
            + "claimed_until = NULL, last_attempt_at = :now, last_status = :status, last_error = :error "
            + "WHERE id = :id AND claimed_until = :claimedUntil")
    int recordAttempt(@Bind("id") long id, @Bind("claimedUntil") Instant claimedUntil, @Bind("state") String state,
                      @Bind("now") Instant now, @Bind("next") Instant next, @Bind("status") Integer status,
                      @Bind("error") String error);

    /** Marks a delivery failed without an attempt (its endpoint was deleted). */
    @SqlUpdate("UPDATE webhook_delivery SET state = 'failed', claimed_until = NULL, last_error = :error "
            + "WHERE id = :id AND claimed_until = :claimedUntil")
    int abandon(@Bind("id") long id, @Bind("claimedUntil") Instant claimedUntil, @Bind("error") String error);

    @SqlQuery("SELECT " + DELIVERY_COLUMNS + " FROM webhook_delivery d JOIN outbox_event e ON e.id = d.event_id "
            + "WHERE d.endpoint_id = :endpointId ORDER BY d.endpoint_id, d.id DESC LIMIT :limit")
    List<Delivery> listDeliveries(@Bind("endpointId") long endpointId, @Bind("limit") int limit);

    /** Sends a delivered or failed one again, at once, as a new attempt series (never one still being sent). */
    @SqlUpdate("UPDATE webhook_delivery SET state = 'pending', attempts = 0, next_attempt_at = :now, "
            + "claimed_until = NULL, created_at = :now WHERE id = :id AND endpoint_id = :endpointId "
            + "AND state <> 'pending'")
    int redeliver(@Bind("id") long id, @Bind("endpointId") long endpointId, @Bind("now") Instant now);

    /** An address queued again (changed again): due now, and newer than any batch already sent with it. */
    @SqlUpdate("UPDATE indexnow_url SET queued_at = :now, next_attempt_at = :now, attempts = 0 WHERE url = :url")
    int requeueUrl(@Bind("url") String url, @Bind("now") Instant now);

    @SqlUpdate("INSERT INTO indexnow_url (url, queued_at, next_attempt_at) VALUES (:url, :now, :now)")
    void queueUrl(@Bind("url") String url, @Bind("now") Instant now);

    @SqlQuery("SELECT url FROM indexnow_url WHERE next_attempt_at <= :now ORDER BY next_attempt_at LIMIT :limit")
    List<String> listDueUrls(@Bind("now") Instant now, @Bind("limit") int limit);

    /** Forgets the addresses a batch sent, unless one was queued again after the batch was read. */
    @SqlUpdate("DELETE FROM indexnow_url WHERE url IN (<urls>) AND queued_at <= :readAt")
    void forgetUrls(@BindList("urls") List<String> urls, @Bind("readAt") Instant readAt);

    @SqlUpdate("UPDATE indexnow_url SET attempts = attempts + 1, next_attempt_at = :next WHERE url IN (<urls>)")
    void retryUrls(@BindList("urls") List<String> urls, @Bind("next") Instant next);

    /** Once-only events (review.due) stay: their key is what keeps them once only. */
    @SqlUpdate("DELETE FROM outbox_event WHERE occurred_at < :before AND fanned_out = TRUE AND once_key IS NULL "
            + "AND NOT EXISTS (SELECT 1 FROM webhook_delivery d WHERE d.event_id = outbox_event.id "
            + "AND d.state = 'pending')")
    int prune(@Bind("before") Instant before);

    /** Public articles whose review date came from :since to :today and has no review.due event yet. */
    @SqlQuery("SELECT a.id, a.slug, a.title, a.review_due FROM article a WHERE a.status = 'published' "
            + "AND a.published_at <= :now AND a.deleted_at IS NULL AND a.review_due BETWEEN :since AND :today "
            + "AND NOT EXISTS "
            + "(SELECT 1 FROM outbox_event e WHERE e.once_key = 'review.due:' || CAST(a.id AS VARCHAR(20)) || ':' "
            + "|| CAST(a.review_due AS VARCHAR(10))) ORDER BY a.id LIMIT :limit")
    @RegisterConstructorMapper(ReviewDue.class)
    List<ReviewDue> listReviewsDue(@Bind("now") Instant now, @Bind("since") java.time.LocalDate since,
                                   @Bind("today") java.time.LocalDate today, @Bind("limit") int limit);

    /** A public article whose review date has come. */
    record ReviewDue(long id, String slug, String title, java.time.LocalDate reviewDue) {
    }
}
