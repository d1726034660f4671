/**
 * Settings. Every setting is a MicroProfile Config key ({@code gms.db.url}) that an environment variable
 * ({@code GMS_DB_URL}) can set; the defaults that depend on other settings are computed here.
 */
package mx.costjalisco.gms.platform.config;
