package org.openasc.liberty;

import org.springframework.stereotype.Component;

import org.openasc.liberty.domain.ApplicationStore;
import org.openasc.people.PersonRecords;
import org.openasc.platform.records.RecordsOfOneKind;
import org.openasc.platform.security.CurrentStaff;
import org.openasc.platform.security.Role;

/** DoLS applications as other modules link to them: seen by the DoLS team, as opening one is, unless the person's record is restricted. */
@Component
class LibertyRecords extends RecordsOfOneKind<ApplicationStore.Row> {

    LibertyRecords(ApplicationStore applications, PersonRecords people) {
        super("DOLS_APPLICATION", applications::find, ApplicationStore.Row::personId, r -> CurrentStaff.hasRole(Role.DOLS), people::mayOpen);
    }
}
