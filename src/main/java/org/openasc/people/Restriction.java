package org.openasc.people;

import java.util.List;

/** Seals or unseals a record: when restricted, only the named staff may open it. */
public record Restriction(Boolean restricted, List<String> allowedUsers, String reason, Integer version) {
}
