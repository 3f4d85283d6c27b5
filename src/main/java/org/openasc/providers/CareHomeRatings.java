package org.openasc.providers;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import org.openasc.platform.audit.AuditTrail;
import org.openasc.platform.audit.AuditTrail.Action;
import org.openasc.platform.calendar.Today;
import org.openasc.platform.security.Access;
import org.openasc.platform.security.CurrentStaff;
import org.openasc.platform.web.FieldChecks;
import org.openasc.providers.domain.ProviderStore;

/**
 * The care homes behind the ratings measure, with their latest CQC rating on a date. No personal data, but listed for
 * those who drill down from any measure, so every drill-down is guarded alike.
 */
@Service
public class CareHomeRatings {

    /** Care homes with a CQC rating published by the date. */
    public static final String RATED = "rated";
    /** Of those, the ones rated good or outstanding. */
    public static final String GOOD = "good-or-outstanding";

    /** The homes listed and the date of their ratings. */
    @Schema(name = "CareHomeListing")
    public record Listing(String figure, LocalDate asOf, List<ProviderStore.RatedHome> homes) {
    }

    private final ProviderStore store;
    private final AuditTrail audit;
    private final Clock clock;

    CareHomeRatings(ProviderStore store, AuditTrail audit, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize(Access.DRILL_DOWN)
    public Listing homes(String figure, LocalDate asOf) {
        LocalDate today = Today.on(clock);
        LocalDate on = asOf == null ? today : asOf;
        FieldChecks checks = new FieldChecks().oneOf(figure, "figure", List.of(RATED, GOOD));
        if (on.isAfter(today)) {
            checks.add("asOf", "The date must be today or in the past");
        }
        checks.orRefuse();
        List<ProviderStore.RatedHome> homes = store.ratedHomeList(on, GOOD.equals(figure), 2000);
        audit.record(CurrentStaff.username(), Action.SEARCHED, "care-home-ratings", null, figure, homes.size() + " homes on " + on);
        return new Listing(figure, on, homes);
    }
}
