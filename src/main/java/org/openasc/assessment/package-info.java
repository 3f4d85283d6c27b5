/**
 * Care Act assessments: needs assessments with the eligibility determination computed from the
 * 2015 Eligibility Criteria Regulations, carer's, financial and mental capacity assessments, and a
 * manager's authorisation. It announces when an assessment starts, completes and is authorised, and the front door
 * moves the request on; the request it starts from is asked of the front door through the platform (ADR 20).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "people"})
@org.openasc.platform.PublishedViews({"assessment_facts"})
package org.openasc.assessment;
