/** The work plan's pages: the dashboard, an activity with its progress and evidence, the manager's editing, the public plan. */
package mx.costjalisco.gms.workplan.web;
