/**
 * Anytown, a synthetic council with synthetic people only: realistic mixes of age, ethnicity and
 * support reasons, carers and next of kin, and staff in every role, for the quick start, the
 * browser journeys and county-sized benchmarks made from the same code.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "people"})
package org.openasc.demo;
