/**
 * Business days (<i>días hábiles</i>) for deadlines such as the convocation, which must leave at least five whole
 * business days between the day it is sent and the session day.
 *
 * <p>A business day is a Monday to Friday that is not a rest day. Rest days come from three sources, in order of
 * precedence: Mexico's federal rest days ({@link mx.costjalisco.gms.platform.calendar.MexicanHolidays}, Ley Federal
 * del Trabajo art. 74), the rest days of Jalisco's public servants that the secretary chooses to observe
 * ({@link mx.costjalisco.gms.platform.calendar.StateRestDay}, state law art. 38), and the days the secretary declares
 * non-working each year (Holy Week, year-end vacations). Federal and state days are computed per year from their
 * rules, never kept as a list of dates, so the calendar works for any year without maintenance.
 *
 * <p>Pure Java without a container or persistence, so every rule is tested with plain JUnit.
 */
package mx.costjalisco.gms.platform.calendar;
