-- The mail outbox, and the one-time links that set a password (invitations and resets).
-- The same SQL runs on MySQL 8 / MariaDB 10.6+ and on H2 in MySQL mode; keep to their common dialect.

-- What a notice says, stored once and shared by the rows of all its recipients.
CREATE TABLE outbox_content (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    subject         VARCHAR(500)  NOT NULL,
    text_body       LONGTEXT      NOT NULL,
    html_body       LONGTEXT,
    calendar        LONGTEXT,
    calendar_method VARCHAR(20),
    created_at      DATETIME(6)   NOT NULL
);

CREATE TABLE outbox_attachment (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    content_id   BIGINT        NOT NULL,
    sort_order   INT           NOT NULL,
    file_name    VARCHAR(255)  NOT NULL,
    content_type VARCHAR(150)  NOT NULL,
    file_data    LONGBLOB      NOT NULL,
    CONSTRAINT fk_outbox_attachment_content FOREIGN KEY (content_id) REFERENCES outbox_content (id)
);
CREATE INDEX ix_outbox_attachment_content ON outbox_attachment (content_id, sort_order);

-- One row per recipient. A sender claims a row (status SENDING, claimed_by, claimed_until) with one conditional
-- UPDATE before it sends, so two instances never send the same row; a claim that expires is taken over.
CREATE TABLE outbox_message (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    content_id      BIGINT        NOT NULL,
    topic           VARCHAR(200)  NOT NULL,
    recipient_email VARCHAR(254)  NOT NULL,
    recipient_name  VARCHAR(200),
    person_id       BIGINT,
    subject         VARCHAR(500)  NOT NULL,
    status          VARCHAR(10)   NOT NULL,
    attempts        INT           NOT NULL DEFAULT 0,
    last_error      VARCHAR(2000),
    next_attempt_at DATETIME(6)   NOT NULL,
    created_at      DATETIME(6)   NOT NULL,
    sent_at         DATETIME(6),
    claimed_by      VARCHAR(100),
    claimed_until   DATETIME(6),
    message_id      VARCHAR(250)  NOT NULL,
    resent_from     BIGINT,
    CONSTRAINT uq_outbox_message_message_id UNIQUE (message_id),
    CONSTRAINT fk_outbox_message_content FOREIGN KEY (content_id) REFERENCES outbox_content (id)
);
CREATE INDEX ix_outbox_message_due ON outbox_message (status, next_attempt_at);
CREATE INDEX ix_outbox_message_topic ON outbox_message (topic);
CREATE INDEX ix_outbox_message_recipient ON outbox_message (recipient_email);
CREATE INDEX ix_outbox_message_created ON outbox_message (created_at);

-- A one-time link that lets a person set their password: an invitation or a reset. Only the SHA-256 of the token
-- is stored, so the table alone opens no account. A new token voids the account's older ones.
CREATE TABLE account_token (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    account_id BIGINT        NOT NULL,
    purpose    VARCHAR(20)   NOT NULL,
    token_hash VARCHAR(64)   NOT NULL,
    created_at DATETIME(6)   NOT NULL,
    expires_at DATETIME(6)   NOT NULL,
    used_at    DATETIME(6),
    voided_at  DATETIME(6),
    CONSTRAINT uq_account_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_account_token_account FOREIGN KEY (account_id) REFERENCES account (id)
);
CREATE INDEX ix_account_token_account ON account_token (account_id);

-- Password-reset requests per address, whether or not an account has it, so the limit reveals nothing.
CREATE TABLE reset_request (
    email             VARCHAR(254) NOT NULL PRIMARY KEY,
    requests          INT          NOT NULL,
    window_started_at DATETIME(6)  NOT NULL
);
