/**
 * The rules an entity or an agreement must meet, the QR codes, and how completely an OC4IDS project discloses the CoST
 * IDS points ({@link mx.costjalisco.gms.disclosure.control.IdsCompleteness}), without a transaction of their own.
 */
package mx.costjalisco.gms.disclosure.control;
