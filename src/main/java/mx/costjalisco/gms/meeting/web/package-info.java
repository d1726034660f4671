/** Backing beans of the pages under {@code meetings/} and the public calendar. */
package mx.costjalisco.gms.meeting.web;
