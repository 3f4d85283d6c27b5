/**
 * Liberty: Deprivation of Liberty Safeguards (Mental Capacity Act 2005 Schedule A1) from application to
 * authorisation, prioritised and tracked against the 21-day and urgent clocks with the backlog and
 * renewals in view, the annual DoLS return, and Mental Health Act assessments by AMHPs.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "people", "providers"})
package org.openasc.liberty;
