/**
 * The front door: contacts (what people ask and what the council did about it), requests for
 * support as Client Level Data Request events, waiting lists with priorities and waiting-well
 * check-ins, allocation to teams and workers, 3 Conversations, and the front-door figures. It moves a
 * request on as its assessment is announced, closes a person's requests when their death is recorded, and
 * announces contacts recorded as safeguarding concerns (ADR 20).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "people", "assessment"})
@org.openasc.platform.PublishedViews({"request_facts"})
package org.openasc.frontdoor;
