-- The GMS's annual work plan (Reglamento art. 30; the 2023 plan of the seed is the model): activities numbered I, II, …
-- with their actions, responsible parties, periods (one or several spans), objective, expected evidence and targets;
-- progress entries and evidence files recorded through the year; the GMS's approval of the plan and every change made
-- after it. Nothing here is ever deleted: activities, targets, progress and evidence are withdrawn with a reason.
-- The same SQL runs on MySQL 8 / MariaDB 10.6+ and on H2 in MySQL mode. Long texts are TEXT, kept off the row: a
-- MySQL row holds at most 65,535 bytes, and a utf8mb4 VARCHAR(4000) counts 16,000 of them.

CREATE TABLE work_plan (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    version              BIGINT        NOT NULL DEFAULT 0,
    plan_year            INT           NOT NULL,
    title                VARCHAR(300)  NOT NULL,
    general_objective    TEXT,
    specific_objectives  TEXT,
    status               VARCHAR(20)   NOT NULL,
    approved_on          DATE,
    approval_meeting_id  BIGINT,
    approval_agreement   VARCHAR(300),
    revision             INT           NOT NULL DEFAULT 0,
    copied_from_year     INT,
    created_at           DATETIME(6)   NOT NULL,
    created_by           VARCHAR(254)  NOT NULL,
    CONSTRAINT uq_work_plan_year UNIQUE (plan_year),
    CONSTRAINT fk_work_plan_meeting FOREIGN KEY (approval_meeting_id) REFERENCES meeting (id)
);

CREATE TABLE work_activity (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    version            BIGINT          NOT NULL DEFAULT 0,
    plan_id            BIGINT          NOT NULL,
    position           INT             NOT NULL,
    title              VARCHAR(300)    NOT NULL,
    actions            TEXT,
    responsible        VARCHAR(500)    NOT NULL,
    manager_responsible BOOLEAN        NOT NULL DEFAULT FALSE,
    members_responsible BOOLEAN        NOT NULL DEFAULT FALSE,
    members_sector     VARCHAR(30),
    period_label       VARCHAR(500)    NOT NULL,
    objective          TEXT,
    expected_evidence  TEXT,
    note               TEXT,
    budget             DECIMAL(15, 2),
    state              VARCHAR(20)     NOT NULL,
    internal_note      TEXT,
    withdrawn_at       DATETIME(6),
    withdraw_reason    VARCHAR(1000),
    CONSTRAINT uq_work_activity_title UNIQUE (plan_id, title),
    CONSTRAINT fk_work_activity_plan FOREIGN KEY (plan_id) REFERENCES work_plan (id)
);
CREATE INDEX ix_work_activity_plan ON work_activity (plan_id, position);

-- The institutions responsible for an activity: their liaisons may record its progress.
CREATE TABLE work_activity_institution (
    activity_id     BIGINT NOT NULL,
    institution_id  BIGINT NOT NULL,
    PRIMARY KEY (activity_id, institution_id),
    CONSTRAINT fk_wai_activity FOREIGN KEY (activity_id) REFERENCES work_activity (id),
    CONSTRAINT fk_wai_institution FOREIGN KEY (institution_id) REFERENCES institution (id)
);

-- The spans of an activity's period, each with its label as the plan words it ("Marzo 2023, capacitación al público").
CREATE TABLE work_activity_span (
    activity_id  BIGINT        NOT NULL,
    position     INT           NOT NULL,
    first_day    DATE          NOT NULL,
    last_day     DATE          NOT NULL,
    label        VARCHAR(300),
    PRIMARY KEY (activity_id, position),
    CONSTRAINT fk_was_activity FOREIGN KEY (activity_id) REFERENCES work_activity (id)
);

CREATE TABLE work_target (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    version      BIGINT          NOT NULL DEFAULT 0,
    activity_id  BIGINT          NOT NULL,
    position     INT             NOT NULL,
    description  VARCHAR(500)    NOT NULL,
    kind         VARCHAR(20)     NOT NULL,
    goal         DECIMAL(18, 2)  NOT NULL,
    unit         VARCHAR(80),
    aggregation  VARCHAR(20)     NOT NULL,
    auto_count   VARCHAR(30),
    withdrawn_at    DATETIME(6),
    withdraw_reason VARCHAR(1000),
    CONSTRAINT fk_work_target_activity FOREIGN KEY (activity_id) REFERENCES work_activity (id)
);
CREATE INDEX ix_work_target_activity ON work_target (activity_id, position);

-- A target's own period; a target without spans runs over its activity's whole period.
CREATE TABLE work_target_span (
    target_id  BIGINT NOT NULL,
    position   INT    NOT NULL,
    first_day  DATE   NOT NULL,
    last_day   DATE   NOT NULL,
    PRIMARY KEY (target_id, position),
    CONSTRAINT fk_wts_target FOREIGN KEY (target_id) REFERENCES work_target (id)
);

CREATE TABLE work_progress (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT          NOT NULL DEFAULT 0,
    target_id       BIGINT          NOT NULL,
    entry_date      DATE            NOT NULL,
    amount          DECIMAL(18, 2)  NOT NULL,
    note            VARCHAR(2000),
    internal_note   VARCHAR(2000),
    institution_id  BIGINT,
    recorded_at     DATETIME(6)     NOT NULL,
    recorded_by     VARCHAR(254)    NOT NULL,
    withdrawn_at    DATETIME(6),
    withdrawn_by    VARCHAR(254),
    withdraw_reason VARCHAR(1000),
    CONSTRAINT fk_work_progress_target FOREIGN KEY (target_id) REFERENCES work_target (id),
    CONSTRAINT fk_work_progress_institution FOREIGN KEY (institution_id) REFERENCES institution (id)
);
CREATE INDEX ix_work_progress_target ON work_progress (target_id, entry_date);

CREATE TABLE work_evidence (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    version          BIGINT         NOT NULL DEFAULT 0,
    activity_id      BIGINT         NOT NULL,
    progress_id      BIGINT,
    evidence_type    VARCHAR(300),
    description      VARCHAR(1000),
    file_name        VARCHAR(255)   NOT NULL,
    content_type     VARCHAR(120)   NOT NULL,
    size_bytes       BIGINT         NOT NULL,
    sha256           CHAR(64)       NOT NULL,
    thumbnail_sha256 CHAR(64),
    published        BOOLEAN        NOT NULL DEFAULT FALSE,
    institution_id   BIGINT,
    uploaded_at      DATETIME(6)    NOT NULL,
    uploaded_by      VARCHAR(254)   NOT NULL,
    withdrawn_at     DATETIME(6),
    withdrawn_by     VARCHAR(254),
    withdraw_reason  VARCHAR(1000),
    CONSTRAINT fk_work_evidence_activity FOREIGN KEY (activity_id) REFERENCES work_activity (id),
    CONSTRAINT fk_work_evidence_progress FOREIGN KEY (progress_id) REFERENCES work_progress (id),
    CONSTRAINT fk_work_evidence_institution FOREIGN KEY (institution_id) REFERENCES institution (id)
);
CREATE INDEX ix_work_evidence_activity ON work_evidence (activity_id);

-- Each change made to a plan after the GMS approved it: the revision it makes, who, when, why, and what changed.
CREATE TABLE work_plan_change (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    version     BIGINT         NOT NULL DEFAULT 0,
    plan_id     BIGINT         NOT NULL,
    revision    INT            NOT NULL,
    changed_at  DATETIME(6)    NOT NULL,
    changed_by  VARCHAR(254)   NOT NULL,
    reason      VARCHAR(1000)  NOT NULL,
    summary     TEXT           NOT NULL,
    CONSTRAINT uq_work_plan_change UNIQUE (plan_id, revision),
    CONSTRAINT fk_work_plan_change_plan FOREIGN KEY (plan_id) REFERENCES work_plan (id)
);
