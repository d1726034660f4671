-- One row that an import's start locks (SELECT ... FOR UPDATE) while it checks that no other import is running and
-- records its own: two managers pressing "import" at the same instant are then served one after the other, and the
-- second is told an import is already running.
CREATE TABLE disclosure_import_lock (
    id INT PRIMARY KEY
);
INSERT INTO disclosure_import_lock (id) VALUES (1);

-- Ids of imported projects, allocated 200 at a time (DisclosedProject explains why not AUTO_INCREMENT's generated
-- keys). Starts above the projects already there. A row written by hand must take its id from here too (add to
-- last_id): the column's AUTO_INCREMENT could hand out an id a running server has already reserved.
CREATE TABLE id_allocation (
    sequence_name VARCHAR(64) PRIMARY KEY,
    last_id       BIGINT      NOT NULL
);
INSERT INTO id_allocation (sequence_name, last_id)
    SELECT 'disclosed_project', COALESCE(MAX(id), 0) + 1 FROM disclosed_project;
