/**
 * Finance: budget lines with their budgets, adjustments and virements, ledger actuals imported in batches,
 * year-end forecasts built from actuals, the committed cost of services (read from support's published
 * {@code support.service_cost_facts}), expected demand and adjustments, closed periods that keep their
 * forecasts, the budget monitoring report and the medium-term financial strategy.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "support"})
package org.openasc.finance;
