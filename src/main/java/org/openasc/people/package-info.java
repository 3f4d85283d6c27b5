/**
 * The person record: who someone is (NHS number, council person ID, names, date of birth),
 * their demographics and circumstances as Client Level Data needs them, the people around them
 * (unpaid carers, next of kin, attorneys), restricted records and duplicate checks.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "platform")
package org.openasc.people;
