/**
 * Committees: the scrutiny and other committees adult social care reports to, their members and
 * officers, meetings and agendas, and the reports that go to them, built from the live record by
 * template and frozen when published, so a paper stays true to the day it was published.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "performance", "finance", "risk", "safeguarding", "feedback", "liberty", "providers"})
package org.openasc.committee;
