/**
 * Care and support: plans and personal budgets for people with eligible needs, the services that meet
 * them (CLD Service events with dated costs), reviews, direct payments, hospital discharge and the
 * brokerage of home care packages to framework providers, and the figures committees read about them.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "people", "frontdoor", "providers"})
package org.openasc.support;
