-- Sessions of the GMS and liaison meetings: calendar, agenda, documents, convocation, attendance, agreements.
-- The same SQL runs on MySQL 8 / MariaDB 10.6+ and on H2 in MySQL mode; keep to their common dialect.

-- Extra non-working days the secretary declares (Holy Week, year-end vacations); withdrawn, never deleted.
CREATE TABLE declared_rest_day (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    version      BIGINT        NOT NULL DEFAULT 0,
    rest_day     DATE          NOT NULL,
    description  VARCHAR(200)  NOT NULL,
    withdrawn_at DATETIME(6)
);
CREATE INDEX ix_declared_rest_day ON declared_rest_day (rest_day);

-- Jalisco's state rest days, each switchable (the state calendar changes by reform).
CREATE TABLE state_rest_day_setting (
    id       BIGINT AUTO_INCREMENT PRIMARY KEY,
    version  BIGINT       NOT NULL DEFAULT 0,
    code     VARCHAR(40)  NOT NULL,
    observed BOOLEAN      NOT NULL,
    CONSTRAINT uq_state_rest_day UNIQUE (code)
);

-- A GMS session (ordinary, extraordinary) or a liaison meeting, numbered per year and kind.
CREATE TABLE meeting (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    version             BIGINT         NOT NULL DEFAULT 0,
    kind                VARCHAR(20)    NOT NULL,
    meeting_year        INT            NOT NULL,
    number              INT            NOT NULL,
    starts_at           DATETIME(6)    NOT NULL,
    ends_at             DATETIME(6)    NOT NULL,
    place               VARCHAR(300),
    video_url           VARCHAR(500),
    status              VARCHAR(20)    NOT NULL,
    prepares_id         BIGINT,
    second_call_of_id   BIGINT,
    recorded_afterwards BOOLEAN        NOT NULL DEFAULT FALSE,
    convened_at         DATETIME(6),
    late_justification  VARCHAR(2000),
    reminder_sent_at    DATETIME(6),
    ical_sequence       INT            NOT NULL DEFAULT 0,
    cancelled_at        DATETIME(6),
    cancel_reason       VARCHAR(1000),
    quorum_failed       BOOLEAN        NOT NULL DEFAULT FALSE,
    quorum_note         VARCHAR(1000),
    chaired_by_id       BIGINT,
    notes               VARCHAR(2000),
    CONSTRAINT fk_meeting_prepares FOREIGN KEY (prepares_id) REFERENCES meeting (id),
    CONSTRAINT fk_meeting_second_call FOREIGN KEY (second_call_of_id) REFERENCES meeting (id),
    CONSTRAINT fk_meeting_chair FOREIGN KEY (chaired_by_id) REFERENCES person (id)
);
CREATE INDEX ix_meeting_starts ON meeting (starts_at);
-- A second call (art. 20) keeps its session's number, so numbers are unique per kind and year only among first calls;
-- the application numbers them.
CREATE INDEX ix_meeting_number ON meeting (kind, meeting_year, number);

-- Each move of a session's date, time or place, with the reason.
CREATE TABLE meeting_reschedule (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    meeting_id      BIGINT        NOT NULL,
    from_starts_at  DATETIME(6)   NOT NULL,
    to_starts_at    DATETIME(6)   NOT NULL,
    from_place      VARCHAR(300),
    to_place        VARCHAR(300),
    reason          VARCHAR(1000),
    changed_at      DATETIME(6)   NOT NULL,
    changed_by      VARCHAR(254)  NOT NULL,
    CONSTRAINT fk_reschedule_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id)
);
CREATE INDEX ix_reschedule_meeting ON meeting_reschedule (meeting_id);

-- The year's calendar as approved by the GMS (which session, which agreement).
CREATE TABLE calendar_approval (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    version        BIGINT        NOT NULL DEFAULT 0,
    calendar_year  INT           NOT NULL,
    approved_on    DATE          NOT NULL,
    meeting_id     BIGINT,
    agreement      VARCHAR(500)  NOT NULL,
    CONSTRAINT uq_calendar_approval UNIQUE (calendar_year),
    CONSTRAINT fk_calendar_approval_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id)
);

-- The agenda (orden del día); items proposed by members wait for the secretary's decision.
CREATE TABLE agenda_item (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT         NOT NULL DEFAULT 0,
    meeting_id      BIGINT         NOT NULL,
    position        INT            NOT NULL,
    title           VARCHAR(300)   NOT NULL,
    description     VARCHAR(2000),
    minutes         INT            NOT NULL,
    fixed           BOOLEAN        NOT NULL DEFAULT FALSE,
    state           VARCHAR(20)    NOT NULL,
    proposed_by     VARCHAR(254),
    proposed_at     DATETIME(6),
    decision_reason VARCHAR(1000),
    CONSTRAINT fk_agenda_item_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id)
);
CREATE INDEX ix_agenda_item_meeting ON agenda_item (meeting_id, position);

-- Documents attached to a session; the file lives under GMS_DATA_DIR, named by its SHA-256.
CREATE TABLE meeting_document (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    version       BIGINT        NOT NULL DEFAULT 0,
    meeting_id    BIGINT        NOT NULL,
    file_name     VARCHAR(255)  NOT NULL,
    content_type  VARCHAR(100)  NOT NULL,
    size_bytes    BIGINT        NOT NULL,
    sha256        CHAR(64)      NOT NULL,
    uploaded_at   DATETIME(6)   NOT NULL,
    uploaded_by   VARCHAR(254)  NOT NULL,
    withdrawn_at  DATETIME(6),
    CONSTRAINT fk_document_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id)
);
CREATE INDEX ix_document_meeting ON meeting_document (meeting_id);

-- Attendance per institution (one row per institution and meeting).
CREATE TABLE attendance (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    version              BIGINT       NOT NULL DEFAULT 0,
    meeting_id           BIGINT       NOT NULL,
    institution_id       BIGINT       NOT NULL,
    status               VARCHAR(20)  NOT NULL,
    person_id            BIGINT,
    substitute_notified  BOOLEAN      NOT NULL DEFAULT FALSE,
    note                 VARCHAR(500),
    CONSTRAINT uq_attendance UNIQUE (meeting_id, institution_id),
    CONSTRAINT fk_attendance_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    CONSTRAINT fk_attendance_institution FOREIGN KEY (institution_id) REFERENCES institution (id),
    CONSTRAINT fk_attendance_person FOREIGN KEY (person_id) REFERENCES person (id)
);

-- Agreements (acuerdos) with their vote and result.
CREATE TABLE resolution (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT         NOT NULL DEFAULT 0,
    meeting_id      BIGINT         NOT NULL,
    sequence_number INT            NOT NULL,
    code            VARCHAR(40)    NOT NULL,
    text            VARCHAR(4000)  NOT NULL,
    decided_by      VARCHAR(20)    NOT NULL,
    votes_for       INT            NOT NULL DEFAULT 0,
    votes_against   INT            NOT NULL DEFAULT 0,
    abstentions     INT            NOT NULL DEFAULT 0,
    present         INT            NOT NULL DEFAULT 0,
    outcome         VARCHAR(30)    NOT NULL,
    abstention_note VARCHAR(1000),
    withdrawn_at    DATETIME(6),
    CONSTRAINT uq_resolution_code UNIQUE (code),
    CONSTRAINT fk_resolution_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id)
);
CREATE INDEX ix_resolution_meeting ON resolution (meeting_id, sequence_number);

-- One vote per institution, when the vote is recorded per institution.
CREATE TABLE resolution_vote (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    resolution_id  BIGINT         NOT NULL,
    institution_id BIGINT         NOT NULL,
    choice         VARCHAR(10)    NOT NULL,
    justification  VARCHAR(1000),
    CONSTRAINT uq_resolution_vote UNIQUE (resolution_id, institution_id),
    CONSTRAINT fk_vote_resolution FOREIGN KEY (resolution_id) REFERENCES resolution (id),
    CONSTRAINT fk_vote_institution FOREIGN KEY (institution_id) REFERENCES institution (id)
);

-- Follow-up actions of an agreement.
CREATE TABLE follow_up_action (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    version        BIGINT         NOT NULL DEFAULT 0,
    resolution_id  BIGINT         NOT NULL,
    description    VARCHAR(1000)  NOT NULL,
    institution_id BIGINT,
    due_on         DATE,
    status         VARCHAR(20)    NOT NULL,
    done_on        DATE,
    CONSTRAINT fk_action_resolution FOREIGN KEY (resolution_id) REFERENCES resolution (id),
    CONSTRAINT fk_action_institution FOREIGN KEY (institution_id) REFERENCES institution (id)
);
CREATE INDEX ix_action_due ON follow_up_action (status, due_on);

-- Personal calendar feeds: a secret token per account, revocable.
CREATE TABLE calendar_feed (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    version     BIGINT        NOT NULL DEFAULT 0,
    account_id  BIGINT        NOT NULL,
    token       VARCHAR(64)   NOT NULL,
    created_at  DATETIME(6)   NOT NULL,
    revoked_at  DATETIME(6),
    CONSTRAINT uq_calendar_feed_token UNIQUE (token),
    CONSTRAINT fk_calendar_feed_account FOREIGN KEY (account_id) REFERENCES account (id)
);
