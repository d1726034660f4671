-- Disclosure (issue 6): the projects imported from CoST Jalisco's platform as OC4IDS, each import with its report,
-- the publisher names matched to publishing entities (decided once, remembered), a snapshot of each entity's
-- publication after every import, and links from the GMS's records to projects. Nothing here is deleted: a project
-- that leaves the feed stays as it was last seen; a link is withdrawn, not removed. The publisher's JSON is kept as
-- received (LONGTEXT, off the row).

CREATE TABLE disclosure_import (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    version            BIGINT        NOT NULL DEFAULT 0,
    source_kind        VARCHAR(10)   NOT NULL,
    source_name        VARCHAR(1000) NOT NULL,
    source_bytes       BIGINT,
    source_sha256      CHAR(64),
    status             VARCHAR(10)   NOT NULL,
    schema_version     VARCHAR(20),
    schema_source      VARCHAR(1000),
    package_uri        VARCHAR(1000),
    package_published  VARCHAR(40),
    projects_read      INT           NOT NULL DEFAULT 0,
    projects_new       INT           NOT NULL DEFAULT 0,
    projects_updated   INT           NOT NULL DEFAULT 0,
    projects_unchanged INT           NOT NULL DEFAULT 0,
    projects_invalid   INT           NOT NULL DEFAULT 0,
    projects_unmatched INT           NOT NULL DEFAULT 0,
    refusal_key        VARCHAR(100),
    refusal_detail     TEXT,
    report             LONGTEXT,
    started_at         DATETIME(6)   NOT NULL,
    finished_at        DATETIME(6),
    started_by         VARCHAR(254)  NOT NULL
);
CREATE INDEX ix_disclosure_import_started ON disclosure_import (started_at);

CREATE TABLE disclosed_project (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    version             BIGINT         NOT NULL DEFAULT 0,
    ocid                VARCHAR(255)   NOT NULL,
    title               VARCHAR(1000),
    status              VARCHAR(100),
    sector              VARCHAR(500),
    authority_key       VARCHAR(600),
    authority_name      VARCHAR(500),
    entity_id           BIGINT,
    period_start        DATE,
    period_end          DATE,
    budget_amount       DECIMAL(20, 2),
    budget_currency     VARCHAR(3),
    locations           TEXT,
    updated             VARCHAR(40),
    ids_points          TEXT,
    ids_count           INT            NOT NULL DEFAULT 0,
    raw_json            LONGTEXT       NOT NULL,
    content_sha256      CHAR(64)       NOT NULL,
    first_import_id     BIGINT         NOT NULL,
    last_import_id      BIGINT         NOT NULL,
    first_seen_on       DATE           NOT NULL,
    changed_at          DATETIME(6)    NOT NULL,
    CONSTRAINT uq_disclosed_project_ocid UNIQUE (ocid),
    CONSTRAINT fk_disclosed_project_entity FOREIGN KEY (entity_id) REFERENCES publishing_entity (id),
    CONSTRAINT fk_disclosed_project_first FOREIGN KEY (first_import_id) REFERENCES disclosure_import (id),
    CONSTRAINT fk_disclosed_project_last FOREIGN KEY (last_import_id) REFERENCES disclosure_import (id)
);
CREATE INDEX ix_disclosed_project_entity ON disclosed_project (entity_id, first_seen_on);
CREATE INDEX ix_disclosed_project_authority ON disclosed_project (authority_key);

-- A publisher (public authority) named by the feed, and the entity the manager said it is; entity NULL and ignored
-- FALSE = still to resolve.
CREATE TABLE disclosure_party_match (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    version        BIGINT        NOT NULL DEFAULT 0,
    party_key      VARCHAR(600)  NOT NULL,
    party_id       VARCHAR(255),
    party_name     VARCHAR(500),
    entity_id      BIGINT,
    ignored        BOOLEAN       NOT NULL DEFAULT FALSE,
    first_seen_at  DATETIME(6)   NOT NULL,
    decided_at     DATETIME(6),
    decided_by     VARCHAR(254),
    CONSTRAINT uq_disclosure_party_match UNIQUE (party_key),
    CONSTRAINT fk_disclosure_party_match_entity FOREIGN KEY (entity_id) REFERENCES publishing_entity (id)
);

-- After each import (and each resolution): per entity, how many projects it has published and how completely.
CREATE TABLE disclosure_snapshot (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    import_id          BIGINT,
    entity_id          BIGINT         NOT NULL,
    taken_at           DATETIME(6)    NOT NULL,
    projects           INT            NOT NULL,
    completeness       DECIMAL(5, 1)  NOT NULL,
    CONSTRAINT fk_disclosure_snapshot_import FOREIGN KEY (import_id) REFERENCES disclosure_import (id),
    CONSTRAINT fk_disclosure_snapshot_entity FOREIGN KEY (entity_id) REFERENCES publishing_entity (id)
);
CREATE INDEX ix_disclosure_snapshot_entity ON disclosure_snapshot (entity_id, taken_at);

-- A project named by a record of the GMS: an agreement, a work-plan activity, a progress entry, a piece of evidence.
CREATE TABLE project_link (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    version       BIGINT        NOT NULL DEFAULT 0,
    project_id    BIGINT        NOT NULL,
    subject_kind  VARCHAR(20)   NOT NULL,
    subject_id    BIGINT        NOT NULL,
    created_at    DATETIME(6)   NOT NULL,
    created_by    VARCHAR(254)  NOT NULL,
    withdrawn_at  DATETIME(6),
    withdrawn_by  VARCHAR(254),
    CONSTRAINT fk_project_link_project FOREIGN KEY (project_id) REFERENCES disclosed_project (id)
);
CREATE INDEX ix_project_link_subject ON project_link (subject_kind, subject_id);

-- A target that counts projects published (or their completeness) may count one entity's only.
ALTER TABLE work_target ADD COLUMN auto_entity_id BIGINT;
ALTER TABLE work_target ADD CONSTRAINT fk_work_target_entity FOREIGN KEY (auto_entity_id) REFERENCES publishing_entity (id);
