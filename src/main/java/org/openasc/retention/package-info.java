/**
 * Retention: how long each kind of record is kept (the Records Management Code of Practice for Health
 * and Social Care), the people whose adult social care record is past it, and their anonymisation or
 * deletion by an administrator with a reason. Each module answers for its own records through
 * platform.records.RetentionSource; figures already published are frozen and unaffected.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "people"})
package org.openasc.retention;
