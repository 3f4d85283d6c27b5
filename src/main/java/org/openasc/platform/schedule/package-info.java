/**
 * Scheduled work that runs once across however many app nodes share the database: modules declare
 * {@link org.openasc.platform.schedule.ScheduledWork}, and db-scheduler claims each run in PostgreSQL.
 */
package org.openasc.platform.schedule;
