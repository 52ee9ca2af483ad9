-- Old addresses of profiles and simple pages answer with a 301 to the current one, as old article slugs do (V2):
-- after a change of address name, and for the profile of a record merged into another.
CREATE TABLE person_slug_redirect (
    old_slug   VARCHAR(120) PRIMARY KEY,
    person_id  BIGINT NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX person_slug_redirect_by_person ON person_slug_redirect (person_id);

CREATE TABLE page_slug_redirect (
    old_slug   VARCHAR(60)  PRIMARY KEY,
    page_id    BIGINT NOT NULL REFERENCES page (id) ON DELETE CASCADE,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
