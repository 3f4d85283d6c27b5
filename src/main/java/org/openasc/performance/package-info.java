/**
 * Performance: the council's measure library (computed from the record through the modules' measure figures,
 * or entered from outside it), targets and RAG rules per measure, month-end series that are kept and never
 * change silently, statistical process control after NHS England's Making Data Count, comparator benchmarks
 * and population estimates, and the scorecard councillors scrutinise.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform"})
package org.openasc.performance;
