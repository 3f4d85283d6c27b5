package org.openasc.liberty;

import java.time.Clock;

import org.springframework.stereotype.Component;

import org.openasc.liberty.domain.LibertyRetentionQuery;
import org.openasc.platform.calendar.Today;
import org.openasc.platform.records.ModuleRetention;
import org.openasc.platform.security.CurrentStaff;
import org.springframework.security.access.prepost.PreAuthorize;
import org.openasc.platform.security.Access;

/**
 * Liberty's part in retention: DoLS applications (received, decided, the authorisation's end) and Mental Health Act assessments
 * count towards a person's last activity; a DoLS authorisation in force, or an application still awaiting its decision, holds
 * the record. Anonymising keeps the coded facts the DoLS return counts and replaces names and narratives. The retention
 * service checks who may dispose and audits; this answers for liberty's tables only.
 */
@Component
@PreAuthorize(Access.ADMINISTER)
class LibertyRetention extends ModuleRetention {

    LibertyRetention(LibertyRetentionQuery query, Clock clock) {
        super(() -> query.lastActivity(Today.on(clock)), person -> query.holds(person, Today.on(clock)),
                person -> query.anonymise(person, CurrentStaff.username()), query::delete);
    }
}
