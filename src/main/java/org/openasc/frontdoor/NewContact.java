package org.openasc.frontdoor;

import java.time.LocalDateTime;
import java.util.UUID;

import org.openasc.platform.codelist.Coded;

/**
 * A contact as the front-door officer logs it. {@code personId} names someone on the record;
 * {@code unknownPerson} describes someone not yet on it. When the outcome is "Request for support",
 * {@code clientType} and {@code routeOfAccess} describe the request it opens.
 */
public record NewContact(LocalDateTime receivedAt, @Coded("contact-channel") String channel, @Coded("contact-source") String source,
                         String contactName, String contactPhone, UUID personId, String unknownPerson, String reason,
                         @Coded("contact-outcome") String outcome, String signpostedTo, String passedTo,
                         @Coded("client-type") String clientType, @Coded("route-of-access") String routeOfAccess) {
}
