package org.openasc.support.domain;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Moves or undoes what a death ended of direct payments and package requests, for a date of death corrected or withdrawn (ADR 29). */
@Repository
public class SupportEndedAtDeath {

    /** A package request as brokerage's cancelling left it. */
    public record PackageRequest(UUID id, long requestNumber, LocalDate requestedOn, LocalDate cancelledOn, int version) {
    }

    private final JdbcClient jdbc;

    SupportEndedAtDeath(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The payments end on {@code to} (null: open again) instead, if they still end where the death ended them ({@code from}):
     * a direct payment keeps no version, so its end date is what tells whether someone changed it since.
     */
    public boolean moveDirectPaymentEnd(UUID id, LocalDate from, LocalDate to) {
        return jdbc.sql("update support.direct_payment set ends_on = :to where id = :id and ends_on = :from")
                .param("id", id).param("from", from).param("to", to).update() == 1;
    }

    public Optional<PackageRequest> packageRequest(UUID id) {
        return jdbc.sql("select id, request_number, requested_on, cancelled_on, version from support.package_request where id = :id")
                .param("id", id).query(PackageRequest.class).optional();
    }

    /** Cancelled on {@code on} instead (null: being sourced again, brokerage offering it as before). */
    public void cancelledOn(UUID id, LocalDate on) {
        jdbc.sql("update support.package_request set cancelled_on = :on where id = :id").param("id", id).param("on", on).update();
    }
}
