/**
 * Bringing a council's records in from its previous system: a Client Level Data file is checked whole by the return's
 * own rules and then applied by the modules that own each kind of record, in one transaction, or not at all.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "people", "frontdoor", "assessment", "support", "returns::cld"})
package org.openasc.imports;
