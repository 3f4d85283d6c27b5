/**
 * Casework: the practitioner's case notes on a person, written when a contact or event happened,
 * linked to the request, assessment, service, enquiry or application they belong to, finalised and
 * then corrected only by addenda. A note is seen by those who may see the person and every record it
 * is linked to.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "people"})
package org.openasc.casework;
