/**
 * What every page shares: the language switch, date formats, messages from the bundle, and the error pages.
 */
package mx.costjalisco.gms.platform.web;
