/**
 * The front door: contacts (what people ask and what the council did about it), requests for
 * support as Client Level Data Request events, waiting lists with priorities and waiting-well
 * check-ins, allocation to teams and workers, 3 Conversations, and the front-door figures.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "people"})
package org.openasc.frontdoor;
