/**
 * Anytown, a synthetic council with synthetic people only: realistic mixes of age, ethnicity and
 * support reasons, carers and next of kin, staff in every role, a history of front-door work
 * and assessments, and a local care market, for the quick start, the browser journeys and county-sized benchmarks made
 * from the same code.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "people", "frontdoor", "assessment", "providers", "support", "safeguarding", "liberty", "feedback", "risk", "finance", "performance", "committee"})
package org.openasc.demo;
