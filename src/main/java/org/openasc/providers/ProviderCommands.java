package org.openasc.providers;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import org.openasc.platform.codelist.Coded;

/** What brokerage and contracts staff send to the provider register. */
public final class ProviderCommands {

    private ProviderCommands() {
    }

    /** A CQC location (care home, home care branch, ...) and the registered provider it belongs to. */
    public record NewLocation(String providerName, String cqcProviderId, String cqcLocationId, String name, String address,
                              String postcode, @Coded("provider-service") List<String> services, Integer registeredBeds, String zone) {
    }

    /** A CQC overall rating, as published on a date. */
    public record NewRating(@Coded("cqc-rating") String rating, LocalDate ratedOn) {
    }

    /** A contract status from {@code startDate} until {@code endDate} (exclusive; none means until further notice). */
    public record NewStatus(String status, LocalDate startDate, LocalDate endDate, String reason, String latestUpdate) {
    }

    /** A quality monitoring visit, its findings and the actions agreed. */
    public record NewVisit(LocalDate visitedOn, String findings, List<NewAction> actions) {
    }

    /** One action of a visit's plan: what, who owns it, by when. */
    @Schema(name = "NewVisitAction")
    public record NewAction(String action, String owner, LocalDate dueOn) {
    }

    /** An action done on a date. */
    public record ActionDone(LocalDate doneOn) {
    }
}
