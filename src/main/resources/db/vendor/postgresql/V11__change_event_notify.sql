-- Wake the instances listening on PostgreSQL at once instead of at their next poll.
CREATE FUNCTION notify_change_event() RETURNS trigger AS $$
BEGIN
    PERFORM pg_notify('change_event', NEW.id::text);
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER change_event_notify AFTER INSERT ON change_event
    FOR EACH ROW EXECUTE FUNCTION notify_change_event();
