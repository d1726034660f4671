/**
 * The GMS's own record as open data, in one place for the public: which datasets the other features publish under
 * {@code /api/v1}, in which formats and under which licence. It only reads the other features; none reads it.
 */
package mx.costjalisco.gms.opendata;
