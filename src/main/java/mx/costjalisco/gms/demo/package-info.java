/**
 * The demo GMS, loaded when {@code GMS_DEMO=true}: CoST Jalisco's member institutions as the 2023 work plan names
 * them, with fictitious representatives (every demo person is marked fictitious and shown as such), the Presidencia
 * held by the CMIC's representative as the plan says, one demo account per role, the 2023 sessions and minutes, and
 * the 2023 work plan as the customer's document words it, with a year of progress and evidence.
 */
package mx.costjalisco.gms.demo;
