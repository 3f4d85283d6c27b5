/**
 * Care and support: plans and personal budgets for people with eligible needs, the services that meet
 * them (CLD Service events with dated costs), reviews, direct payments, hospital discharge and the
 * brokerage of home care packages to framework providers, and the figures committees read about them.
 * It announces services started, changed and ended, and ends a person's support when their death is recorded (ADR 20).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "people", "frontdoor", "assessment", "providers"})
@org.openasc.platform.PublishedViews({"service_facts", "service_cost_facts", "service_term_facts", "review_facts"})
package org.openasc.support;
