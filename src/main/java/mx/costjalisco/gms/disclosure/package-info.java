/**
 * Disclosure: the publishing entities that publish their infrastructure projects on CoST Jalisco's platform (OC4IDS),
 * their participation agreements (convenios), the QR codes that lead to an entity's public page, and their open data.
 */
package mx.costjalisco.gms.disclosure;
