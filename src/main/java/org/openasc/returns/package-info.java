/**
 * National returns computed from the live record: the Safeguarding Adults Collection so far, each table
 * with the exact national labels, with a validation report of the records that would make it wrong. It
 * reads other modules' published reporting views only.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "people", "frontdoor", "assessment", "support", "safeguarding"})
package org.openasc.returns;
