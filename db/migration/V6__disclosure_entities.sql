-- Disclosure (issue 6, first slice): the publishing entities that publish their infrastructure projects on CoST
-- Jalisco's platform, and their participation agreements (convenios). Nothing here is ever deleted: an entity leaves
-- the initiative on a day with a reason, an agreement is terminated with a reason. Long texts are TEXT, kept off the
-- row (a MySQL row holds at most 65,535 bytes).

CREATE TABLE publishing_entity (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    version          BIGINT        NOT NULL DEFAULT 0,
    name             VARCHAR(200)  NOT NULL,
    short_name       VARCHAR(60),
    kind             VARCHAR(30)   NOT NULL,
    party_id         VARCHAR(100),
    institution_id   BIGINT,
    joined_on        DATE          NOT NULL,
    left_on          DATE,
    left_reason      VARCHAR(500),
    notes            TEXT,
    created_at       DATETIME(6)   NOT NULL,
    created_by       VARCHAR(254)  NOT NULL,
    CONSTRAINT uq_publishing_entity_name UNIQUE (name),
    CONSTRAINT uq_publishing_entity_party UNIQUE (party_id),
    CONSTRAINT fk_publishing_entity_institution FOREIGN KEY (institution_id) REFERENCES institution (id)
);
CREATE INDEX ix_publishing_entity_joined ON publishing_entity (joined_on);

CREATE TABLE participation_agreement (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    version              BIGINT        NOT NULL DEFAULT 0,
    entity_id            BIGINT        NOT NULL,
    title                VARCHAR(300)  NOT NULL,
    status               VARCHAR(20)   NOT NULL,
    signed_on            DATE,
    valid_until          DATE,
    commitments          TEXT,
    projects_per_quarter INT,
    document_name        VARCHAR(255),
    document_type        VARCHAR(100),
    document_size        BIGINT,
    document_sha256      CHAR(64),
    terminated_on        DATE,
    termination_reason   VARCHAR(1000),
    created_at           DATETIME(6)   NOT NULL,
    created_by           VARCHAR(254)  NOT NULL,
    CONSTRAINT fk_participation_agreement_entity FOREIGN KEY (entity_id) REFERENCES publishing_entity (id)
);
CREATE INDEX ix_participation_agreement_entity ON participation_agreement (entity_id);
CREATE INDEX ix_participation_agreement_signed ON participation_agreement (status, signed_on);
