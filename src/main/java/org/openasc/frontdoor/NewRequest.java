package org.openasc.frontdoor;

import java.time.LocalDate;
import java.util.UUID;

/** A request for support (a CLD Request event): about whom, as what client type, by which route, received when. */
public record NewRequest(UUID personId, String clientType, String routeOfAccess, LocalDate receivedOn, String summary) {
}
