/** The work plan as stored: plans, activities, targets, progress entries, evidence files and changes after approval. */
package mx.costjalisco.gms.workplan.entity;
