package org.openasc.people;

import java.util.UUID;

import org.openasc.platform.web.Conflict;
import org.openasc.platform.web.FieldProblem;

/** A second live record with an NHS number already in use: refused, pointing at the existing record. */
public class DuplicateNhsNumber extends Conflict {

    private final UUID existingId;

    public DuplicateNhsNumber(UUID existingId, String existingPersonId) {
        super(new FieldProblem("nhsNumber", "A record with this NHS number already exists (council person ID "
                + existingPersonId + "): open that record instead of creating another"), "/api/v1/people/" + existingId);
        this.existingId = existingId;
    }

    public UUID existingId() {
        return existingId;
    }
}
