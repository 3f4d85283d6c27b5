/**
 * Care Act assessments: needs assessments with the eligibility determination computed from the
 * 2015 Eligibility Criteria Regulations, carer's, financial and mental capacity assessments, and a
 * manager's authorisation. It tells the front door when a request's assessment starts and completes.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "people", "frontdoor"})
package org.openasc.assessment;
