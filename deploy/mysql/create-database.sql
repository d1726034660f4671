-- The database and account of cost-gms on MySQL 8 / MariaDB 10.6+. Run as an administrator:
--   sudo mysql < deploy/mysql/create-database.sql
-- Change the password first, and put the same one in GMS_DB_PASSWORD.

CREATE DATABASE IF NOT EXISTS gms CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

CREATE USER IF NOT EXISTS 'gms'@'localhost' IDENTIFIED BY 'change-this-password';
CREATE USER IF NOT EXISTS 'gms'@'127.0.0.1' IDENTIFIED BY 'change-this-password';

-- Everything on its own database: the application runs its Flyway migrations (CREATE, ALTER, INDEX) at start-up.
GRANT ALL PRIVILEGES ON gms.* TO 'gms'@'localhost';
GRANT ALL PRIVILEGES ON gms.* TO 'gms'@'127.0.0.1';
FLUSH PRIVILEGES;

-- Optional hardening, once the schema exists: let the application only read and append to the audit trail.
-- Replace the database-wide grant with per-table grants, then:
--   REVOKE ALL PRIVILEGES ON gms.* FROM 'gms'@'localhost';
--   GRANT SELECT, INSERT, UPDATE, DELETE ON gms.institution TO 'gms'@'localhost';   -- … each other table …
--   GRANT SELECT, INSERT ON gms.audit_entry TO 'gms'@'localhost';
-- and run migrations with a separate owner account.
