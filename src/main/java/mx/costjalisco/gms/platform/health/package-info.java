/** MicroProfile Health checks: ready only when the database answers. */
package mx.costjalisco.gms.platform.health;
