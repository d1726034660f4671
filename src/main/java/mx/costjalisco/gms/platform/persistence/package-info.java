/**
 * The database: the data source (embedded H2 by default, MySQL in production, chosen by configuration), the Flyway
 * migrations that are the only source of the schema, and the base of every entity.
 */
package mx.costjalisco.gms.platform.persistence;
