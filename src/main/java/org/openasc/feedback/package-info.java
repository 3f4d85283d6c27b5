/**
 * Customer feedback: statutory complaints with their acknowledgement, response and six-month clocks,
 * compliments, comments, MP and councillor enquiries, Ombudsman contacts and FOI requests, lessons learnt,
 * the customer relations workbench and the annual report, every table counted from the record.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "people"})
package org.openasc.feedback;
