/** The manager's service, what members read, what the public reads, and the open-data API. */
package mx.costjalisco.gms.disclosure.boundary;
