/**
 * The JSON API and open-data feeds under {@code /api}: every list answers JSON and, with {@code Accept: text/csv},
 * the same data as CSV. Documented at {@code /openapi}.
 */
package mx.costjalisco.gms.platform.api;
