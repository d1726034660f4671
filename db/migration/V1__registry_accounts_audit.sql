-- Baseline: the member registry, accounts and the audit trail.
-- The same SQL runs on MySQL 8 / MariaDB 10.6+ and on H2 in MySQL mode; keep to their common dialect.
-- Table names are lower case: MySQL on Linux compares them case-sensitively.

CREATE TABLE institution (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    version          BIGINT        NOT NULL DEFAULT 0,
    name             VARCHAR(200)  NOT NULL,
    acronym          VARCHAR(30),
    sector           VARCHAR(20)   NOT NULL,
    institution_type VARCHAR(40)   NOT NULL,
    observer         BOOLEAN       NOT NULL DEFAULT FALSE,
    joined_on        DATE          NOT NULL,
    approved_by      VARCHAR(300),
    term_ends_on     DATE,
    left_on          DATE,
    left_reason      VARCHAR(500),
    notes            VARCHAR(2000)
);
CREATE INDEX ix_institution_name ON institution (name);
CREATE INDEX ix_institution_sector ON institution (sector, left_on);

CREATE TABLE person (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    version    BIGINT        NOT NULL DEFAULT 0,
    full_name  VARCHAR(200)  NOT NULL,
    email      VARCHAR(254)  NOT NULL,
    phone      VARCHAR(40),
    position   VARCHAR(200),
    notes      VARCHAR(2000),
    fictitious BOOLEAN       NOT NULL DEFAULT FALSE,
    CONSTRAINT uq_person_email UNIQUE (email)
);
CREATE INDEX ix_person_name ON person (full_name);

-- A person holding a seat or liaison role of an institution for a period (titular, suplente, enlace, enlace de comunicación).
CREATE TABLE appointment (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    version        BIGINT       NOT NULL DEFAULT 0,
    institution_id BIGINT       NOT NULL,
    person_id      BIGINT       NOT NULL,
    role           VARCHAR(30)  NOT NULL,
    starts_on      DATE         NOT NULL,
    ends_on        DATE,
    end_reason     VARCHAR(500),
    notes          VARCHAR(500),
    CONSTRAINT fk_appointment_institution FOREIGN KEY (institution_id) REFERENCES institution (id),
    CONSTRAINT fk_appointment_person FOREIGN KEY (person_id) REFERENCES person (id)
);
CREATE INDEX ix_appointment_institution ON appointment (institution_id, role, ends_on);
CREATE INDEX ix_appointment_person ON appointment (person_id);

-- The GMS's own offices (Presidencia, Secretaría Técnica, Gerencia CoST) held by a person for a period.
CREATE TABLE office_term (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    version        BIGINT       NOT NULL DEFAULT 0,
    office         VARCHAR(30)  NOT NULL,
    person_id      BIGINT       NOT NULL,
    institution_id BIGINT,
    starts_on      DATE         NOT NULL,
    ends_on        DATE,
    approved_by    VARCHAR(300),
    end_reason     VARCHAR(500),
    CONSTRAINT fk_office_term_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_office_term_institution FOREIGN KEY (institution_id) REFERENCES institution (id)
);
CREATE INDEX ix_office_term_office ON office_term (office, ends_on);

CREATE TABLE account (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT        NOT NULL DEFAULT 0,
    email           VARCHAR(254)  NOT NULL,
    display_name    VARCHAR(200)  NOT NULL,
    person_id       BIGINT,
    password_hash   VARCHAR(400),
    enabled         BOOLEAN       NOT NULL DEFAULT TRUE,
    created_at      DATETIME(6)   NOT NULL,
    last_sign_in_at DATETIME(6),
    CONSTRAINT uq_account_email UNIQUE (email),
    CONSTRAINT fk_account_person FOREIGN KEY (person_id) REFERENCES person (id)
);

CREATE TABLE account_role (
    account_id BIGINT      NOT NULL,
    role       VARCHAR(20) NOT NULL,
    PRIMARY KEY (account_id, role),
    CONSTRAINT fk_account_role_account FOREIGN KEY (account_id) REFERENCES account (id)
);

-- Failed sign-ins per address, whether or not an account has it, so the lockout reveals nothing.
CREATE TABLE login_failure (
    email           VARCHAR(254) NOT NULL PRIMARY KEY,
    failures        INT          NOT NULL,
    last_failure_at DATETIME(6)  NOT NULL,
    locked_until    DATETIME(6)
);

-- Append-only: the application never updates or deletes a row (see deploy/mysql/create-database.sql).
CREATE TABLE audit_entry (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    at          DATETIME(6)  NOT NULL,
    actor       VARCHAR(254) NOT NULL,
    record_type VARCHAR(60)  NOT NULL,
    record_id   BIGINT       NOT NULL,
    action      VARCHAR(30)  NOT NULL,
    summary     VARCHAR(300),
    changes     TEXT
);
CREATE INDEX ix_audit_record ON audit_entry (record_type, record_id);
CREATE INDEX ix_audit_actor ON audit_entry (actor);
CREATE INDEX ix_audit_at ON audit_entry (at);
