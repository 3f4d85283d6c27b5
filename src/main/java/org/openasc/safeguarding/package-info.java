/**
 * Safeguarding adults (Care Act 2014 s42): concerns screened by the Safeguarding Adults Team within
 * three working days, section 42 and other enquiries with their allegations, Making Safeguarding
 * Personal, capacity, conclusion and risk outcome, organisational (provider) safeguarding, and the
 * figures the Safeguarding Adults Board and committees read.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "people", "providers"})
package org.openasc.safeguarding;
