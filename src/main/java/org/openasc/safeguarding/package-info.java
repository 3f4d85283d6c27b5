/**
 * Safeguarding adults (Care Act 2014 s42): concerns screened by the Safeguarding Adults Team within
 * three working days, section 42 and other enquiries with their allegations, Making Safeguarding
 * Personal, capacity, conclusion and risk outcome, organisational (provider) safeguarding, and the
 * figures the Safeguarding Adults Board and committees read. A contact recorded at the front door as a
 * safeguarding concern opens a concern here (ADR 20).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "people", "providers", "frontdoor"})
@org.openasc.platform.PublishedViews({"concern_facts", "enquiry_facts", "allegation_facts", "sar_facts"})
package org.openasc.safeguarding;
