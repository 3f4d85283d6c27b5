/** The working-day calendar and clock statuses used for every statutory timescale. */
package org.openasc.platform.calendar;
