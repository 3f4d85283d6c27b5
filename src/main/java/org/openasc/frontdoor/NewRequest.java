package org.openasc.frontdoor;

import java.time.LocalDate;
import java.util.UUID;

import org.openasc.platform.codelist.Coded;

/** A request for support (a CLD Request event): about whom, as what client type, by which route, received when. */
public record NewRequest(UUID personId, @Coded("client-type") String clientType, @Coded("route-of-access") String routeOfAccess,
                         LocalDate receivedOn, String summary) {
}
