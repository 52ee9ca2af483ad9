-- Secrets of the whole site, made once by the first instance that needs one and then shared by all: the key that
-- binds the login and setup forms' tokens to this site. Left out of exports (see backup's BackupFormat).
CREATE TABLE server_secret (
    name       VARCHAR(40) PRIMARY KEY,
    secret     VARCHAR(100) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
