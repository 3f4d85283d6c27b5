/**
 * Risk: the strategic, departmental and other registers, risks scored gross, net and at target with
 * their controls and further actions, reviews that keep the scores of the day so movement and history
 * come from the record, and the heat map and very-high-risk table committees read.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform"})
package org.openasc.risk;
