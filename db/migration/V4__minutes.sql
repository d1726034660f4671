-- Minutes (actas) of the GMS's sessions and the minutas of liaison meetings (Reglamento arts. 19, 21, 23, 28):
-- a working copy, versions issued whole and never overwritten, approvals bound to a version's hash, observations
-- and their answers, signatures, archived files with their SHA-256, addenda. Nothing here is ever deleted.
-- The same SQL runs on MySQL 8 / MariaDB 10.6+ and on H2 in MySQL mode.

CREATE TABLE minutes (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    version              BIGINT        NOT NULL DEFAULT 0,
    meeting_id           BIGINT        NOT NULL,
    document             VARCHAR(10)   NOT NULL,
    status               VARCHAR(20)   NOT NULL,
    current_number       INT           NOT NULL DEFAULT 0,
    approval_meeting_id  BIGINT,
    approval_rule        VARCHAR(20),
    approved_on          DATE,
    approved_at          DATETIME(6),
    approval_agreement   VARCHAR(300),
    approved_number      INT,
    created_at           DATETIME(6)   NOT NULL,
    created_by           VARCHAR(254)  NOT NULL,
    CONSTRAINT uq_minutes_meeting UNIQUE (meeting_id),
    CONSTRAINT fk_minutes_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    CONSTRAINT fk_minutes_approval_meeting FOREIGN KEY (approval_meeting_id) REFERENCES meeting (id)
);

-- The secretary's narrative of each agenda item: the working copy the next version is issued from.
CREATE TABLE minutes_narrative (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT        NOT NULL DEFAULT 0,
    minutes_id      BIGINT        NOT NULL,
    agenda_item_id  BIGINT        NOT NULL,
    html            LONGTEXT      NOT NULL,
    updated_at      DATETIME(6)   NOT NULL,
    updated_by      VARCHAR(254)  NOT NULL,
    CONSTRAINT uq_minutes_narrative UNIQUE (minutes_id, agenda_item_id),
    CONSTRAINT fk_narrative_minutes FOREIGN KEY (minutes_id) REFERENCES minutes (id),
    CONSTRAINT fk_narrative_item FOREIGN KEY (agenda_item_id) REFERENCES agenda_item (id)
);

-- A version as issued: the whole content as canonical JSON and its SHA-256. Never updated but for its reminder mark.
CREATE TABLE minutes_version (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    version           BIGINT        NOT NULL DEFAULT 0,
    minutes_id        BIGINT        NOT NULL,
    number            INT           NOT NULL,
    content_json      LONGTEXT      NOT NULL,
    content_sha256    CHAR(64)      NOT NULL,
    issued_at         DATETIME(6)   NOT NULL,
    issued_by         VARCHAR(254)  NOT NULL,
    review_deadline   DATE,
    deadline_moved    VARCHAR(300),
    change_note       VARCHAR(2000),
    reminder_sent_at  DATETIME(6),
    CONSTRAINT uq_minutes_version UNIQUE (minutes_id, number),
    CONSTRAINT fk_version_minutes FOREIGN KEY (minutes_id) REFERENCES minutes (id)
);

-- An institution's approval of one version, bound to the version's hash; one per institution and version.
CREATE TABLE minutes_approval (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT        NOT NULL DEFAULT 0,
    minutes_id      BIGINT        NOT NULL,
    version_id      BIGINT        NOT NULL,
    content_sha256  CHAR(64)      NOT NULL,
    institution_id  BIGINT        NOT NULL,
    person_id       BIGINT        NOT NULL,
    approved_at     DATETIME(6)   NOT NULL,
    CONSTRAINT uq_minutes_approval UNIQUE (version_id, institution_id),
    CONSTRAINT fk_approval_minutes FOREIGN KEY (minutes_id) REFERENCES minutes (id),
    CONSTRAINT fk_approval_version FOREIGN KEY (version_id) REFERENCES minutes_version (id),
    CONSTRAINT fk_approval_institution FOREIGN KEY (institution_id) REFERENCES institution (id),
    CONSTRAINT fk_approval_person FOREIGN KEY (person_id) REFERENCES person (id)
);

-- A member's observation on a version, tied to an agenda item (or the minutes as a whole), and the secretary's answer.
CREATE TABLE minutes_observation (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT         NOT NULL DEFAULT 0,
    minutes_id      BIGINT         NOT NULL,
    version_id      BIGINT         NOT NULL,
    agenda_item_id  BIGINT,
    institution_id  BIGINT         NOT NULL,
    person_id       BIGINT         NOT NULL,
    text            VARCHAR(4000)  NOT NULL,
    created_at      DATETIME(6)    NOT NULL,
    answer          VARCHAR(20),
    answer_reason   VARCHAR(2000),
    answered_at     DATETIME(6),
    answered_by     VARCHAR(254),
    CONSTRAINT fk_observation_minutes FOREIGN KEY (minutes_id) REFERENCES minutes (id),
    CONSTRAINT fk_observation_version FOREIGN KEY (version_id) REFERENCES minutes_version (id),
    CONSTRAINT fk_observation_item FOREIGN KEY (agenda_item_id) REFERENCES agenda_item (id),
    CONSTRAINT fk_observation_institution FOREIGN KEY (institution_id) REFERENCES institution (id),
    CONSTRAINT fk_observation_person FOREIGN KEY (person_id) REFERENCES person (id)
);
CREATE INDEX ix_observation_minutes ON minutes_observation (minutes_id, version_id);

-- A signature given in the application on the approved version (the Presidencia, the secretary, a representative).
CREATE TABLE minutes_signature (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT        NOT NULL DEFAULT 0,
    minutes_id      BIGINT        NOT NULL,
    version_id      BIGINT        NOT NULL,
    content_sha256  CHAR(64)      NOT NULL,
    person_id       BIGINT        NOT NULL,
    capacity        VARCHAR(300)  NOT NULL,
    signed_at       DATETIME(6)   NOT NULL,
    CONSTRAINT uq_minutes_signature UNIQUE (minutes_id, person_id),
    CONSTRAINT fk_signature_minutes FOREIGN KEY (minutes_id) REFERENCES minutes (id),
    CONSTRAINT fk_signature_version FOREIGN KEY (version_id) REFERENCES minutes_version (id),
    CONSTRAINT fk_signature_person FOREIGN KEY (person_id) REFERENCES person (id)
);

-- A correction after approval: never an edit of the approved text.
CREATE TABLE minutes_addendum (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT        NOT NULL DEFAULT 0,
    minutes_id  BIGINT         NOT NULL,
    number      INT            NOT NULL,
    html        LONGTEXT       NOT NULL,
    reason      VARCHAR(2000)  NOT NULL,
    created_at  DATETIME(6)    NOT NULL,
    created_by  VARCHAR(254)   NOT NULL,
    CONSTRAINT uq_minutes_addendum UNIQUE (minutes_id, number),
    CONSTRAINT fk_addendum_minutes FOREIGN KEY (minutes_id) REFERENCES minutes (id)
);

-- Every archived file of the minutes (the approved PDF, the scan of the signed paper copy, each addendum's PDF),
-- stored under GMS_DATA_DIR by its SHA-256; the verification page and the integrity check read this table.
CREATE TABLE minutes_file (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT        NOT NULL DEFAULT 0,
    minutes_id   BIGINT         NOT NULL,
    kind         VARCHAR(20)    NOT NULL,
    addendum_id  BIGINT,
    file_name    VARCHAR(255)   NOT NULL,
    content_type VARCHAR(100)   NOT NULL,
    size_bytes   BIGINT         NOT NULL,
    sha256       CHAR(64)       NOT NULL,
    created_at   DATETIME(6)    NOT NULL,
    created_by   VARCHAR(254)   NOT NULL,
    CONSTRAINT fk_file_minutes FOREIGN KEY (minutes_id) REFERENCES minutes (id),
    CONSTRAINT fk_file_addendum FOREIGN KEY (addendum_id) REFERENCES minutes_addendum (id)
);
CREATE INDEX ix_minutes_file_sha ON minutes_file (sha256);
CREATE INDEX ix_minutes_file_minutes ON minutes_file (minutes_id);
