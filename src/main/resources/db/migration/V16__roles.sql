-- Roles say what an account may do (admin, editor, writer, reviewer); an account may hold several.
CREATE TABLE account_role (
    account_id BIGINT      NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    role       VARCHAR(20) NOT NULL,
    PRIMARY KEY (account_id, role),
    CONSTRAINT account_role_known CHECK (role IN ('admin', 'editor', 'writer', 'reviewer'))
);

-- Every account made before roles could do everything, which the admin role keeps.
INSERT INTO account_role (account_id, role) SELECT id, 'admin' FROM account;

-- A disabled account cannot log in and has no sessions.
ALTER TABLE account ADD COLUMN disabled BOOLEAN DEFAULT FALSE NOT NULL;

-- An invited account has no password until the invitee picks one through the invitation link.
ALTER TABLE account ALTER COLUMN password_hash DROP NOT NULL;

-- The one-time invitation links: only the token's SHA-256, deleted when used or replaced.
CREATE TABLE account_invite (
    token_hash VARCHAR(64) PRIMARY KEY,
    account_id BIGINT      NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX account_invite_by_account ON account_invite (account_id);
