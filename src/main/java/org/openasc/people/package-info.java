/**
 * The person record: who someone is (NHS number, council person ID, names, date of birth),
 * their demographics and circumstances as Client Level Data needs them, the people around them
 * (unpaid carers, next of kin, attorneys), restricted records and duplicate checks. A date of death
 * recorded is announced, so other modules end what they hold open for the person (ADR 20).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "platform")
@org.openasc.platform.PublishedViews({"person_facts", "circumstance_facts", "person_return_facts", "caring_facts"})
package org.openasc.people;
