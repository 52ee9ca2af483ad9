-- The dashboard's workflow queues (waiting for review, changes requested) start from the events of those kinds and
-- keep each whose article has no newer event: this index finds them without reading every imported review.
CREATE INDEX workflow_event_by_kind ON workflow_event (kind, article_id, id);
