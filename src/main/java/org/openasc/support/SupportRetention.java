package org.openasc.support;

import java.time.Clock;

import org.springframework.stereotype.Component;

import org.openasc.platform.calendar.Today;
import org.openasc.platform.records.ModuleRetention;
import org.openasc.support.domain.SupportRetentionQuery;
import org.springframework.security.access.prepost.PreAuthorize;
import org.openasc.platform.security.Access;

/**
 * Care and support's part of retention: the last day a service ended, a plan started, a review, a direct payment or a
 * discharge counts; an open service, direct payment or home-care package request means the record is in use (ongoing).
 * Nothing in care and support holds a record whatever its dates.
 */
@Component
@PreAuthorize(Access.ADMINISTER)
class SupportRetention extends ModuleRetention {

    SupportRetention(SupportRetentionQuery query, Clock clock) {
        super(() -> query.lastActivity(Today.on(clock)), NO_HOLDS, query::anonymise, query::delete);
    }
}
