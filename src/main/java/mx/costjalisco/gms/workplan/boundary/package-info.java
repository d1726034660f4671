/**
 * The work plan's services: the manager writes the plan and records its approval; the manager and the liaisons record
 * progress and evidence; members read; the public reads what is published, also as {@code /api/v1/workplans}.
 */
package mx.costjalisco.gms.workplan.boundary;
