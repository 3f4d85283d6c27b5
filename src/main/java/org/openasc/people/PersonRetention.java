package org.openasc.people;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

import org.openasc.people.domain.PersonRetentionQuery;
import org.openasc.platform.records.ModuleRetention;
import org.springframework.security.access.prepost.PreAuthorize;
import org.openasc.platform.security.Access;

/**
 * The person record's part of retention. A recorded death ends the record, so its date is the last activity; otherwise
 * the record's creation and its latest circumstance change count. Nothing in the person record itself holds it. The
 * retention service orders the person record last, after every module that refers to it has disposed of its own records.
 */
@Component
@PreAuthorize(Access.ADMINISTER)
class PersonRetention extends ModuleRetention {

    private final PersonRetentionQuery query;

    PersonRetention(PersonRetentionQuery query) {
        super(query::lastActivity, NO_HOLDS, query::anonymise, query::delete);
        this.query = query;
    }

    @Override
    public Map<UUID, LocalDate> opened() {
        return query.opened();
    }
}
