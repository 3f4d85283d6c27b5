package org.openasc.safeguarding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import org.openasc.people.PersonRecords;
import org.openasc.platform.records.ChronologyEntry;
import org.openasc.platform.records.ModuleChronology;
import org.openasc.platform.security.CurrentStaff;
import org.openasc.platform.security.Role;
import org.openasc.safeguarding.domain.SafeguardingChronologyQuery;
import org.openasc.safeguarding.domain.SafeguardingChronologyQuery.ConcernRow;
import org.openasc.safeguarding.domain.SafeguardingChronologyQuery.EnquiryRow;
import org.openasc.safeguarding.domain.SafeguardingChronologyQuery.ReviewRow;

/**
 * Safeguarding in a person's chronology: concerns received (significant), screening decisions, enquiries started and
 * concluded, and Safeguarding Adults Reviews. A concern and its enquiry are shown, as on their pages, to those who work
 * enquiries and are in the Safeguarding Adults Team, raised the concern, or are in the team the enquiry went to; reviews
 * to the Safeguarding Adults Team; and none to anyone not named on a restricted person's record. The rest are withheld.
 */
@Component
class SafeguardingChronology extends ModuleChronology<SafeguardingChronologyQuery> {

    private static final String MODULE = "safeguarding";
    private static final String CONCERN = "CONCERN";
    private static final String SCREENING = "SCREENING";
    private static final String ENQUIRY = "ENQUIRY";
    private static final String ENQUIRY_CONCLUDED = "ENQUIRY_CONCLUDED";
    private static final String SAR = "SAR";

    private final SafeguardingScope scope;
    private final PersonRecords people;

    SafeguardingChronology(SafeguardingChronologyQuery query, SafeguardingScope scope, PersonRecords people) {
        super(query, CONCERN, "Safeguarding concerns", SCREENING, "Safeguarding screening decisions",
                ENQUIRY, "Safeguarding enquiries started", ENQUIRY_CONCLUDED, "Safeguarding enquiries concluded",
                SAR, "Safeguarding Adults Reviews");
        this.scope = scope;
        this.people = people;
    }

    @Override
    protected Entries read(UUID personId, LocalDate from, LocalDate to, Set<String> wanted) {
        Reader reader = new Reader(people.mayOpen(personId));
        Found found = new Found(from, to);
        if (wanted.contains(CONCERN) || wanted.contains(SCREENING)) {
            for (ConcernRow c : query.concerns(personId, from, to, wanted.contains(CONCERN), wanted.contains(SCREENING))) {
                boolean visible = reader.sees(c.createdBy(), c.enquiryTeamId());
                String link = "/safeguarding/concerns/" + c.id();
                if (wanted.contains(CONCERN) && found.within(c.receivedDay())) {
                    found.add(visible, new ChronologyEntry(c.receivedAt(), true, CONCERN, "Safeguarding concern received",
                            join("Concern " + c.concernNumber(), "source: " + c.source(), c.providerName() == null ? null : "about " + c.providerName()),
                            MODULE, link, true));
                }
                ScreeningDecision decision = ScreeningDecision.parse(c.decision());
                if (wanted.contains(SCREENING) && decision != null && found.within(c.screenedOn())) {
                    Routing routing = Routing.parse(c.routedTo());
                    found.add(visible, ChronologyEntry.onDay(c.screenedOn(), SCREENING, "Concern screened: " + decision.label(),
                            join("Concern " + c.concernNumber(), routing == null ? null : routing.label()), MODULE, link, false));
                }
            }
        }
        if (wanted.contains(ENQUIRY) || wanted.contains(ENQUIRY_CONCLUDED)) {
            for (EnquiryRow e : query.enquiries(personId, from, to, wanted.contains(ENQUIRY), wanted.contains(ENQUIRY_CONCLUDED))) {
                boolean visible = reader.sees(e.raisedBy(), e.teamId());
                String what = "S42".equals(e.kind()) ? "Section 42 enquiry" : "Other safeguarding enquiry";
                String link = "/safeguarding/enquiries/" + e.id();
                if (wanted.contains(ENQUIRY) && found.within(e.startedOn())) {
                    found.add(visible, ChronologyEntry.onDay(e.startedOn(), ENQUIRY, what + " started",
                            join("Enquiry " + e.enquiryNumber(), e.causedTo() == null ? null : "caused enquiry by " + e.causedTo()), MODULE, link, false));
                }
                if (wanted.contains(ENQUIRY_CONCLUDED) && found.within(e.concludedOn())) {
                    found.add(visible, ChronologyEntry.onDay(e.concludedOn(), ENQUIRY_CONCLUDED, what + " concluded: " + e.conclusion(),
                            join("Enquiry " + e.enquiryNumber(), e.riskAssessmentOutcome(), e.riskResult()), MODULE, link, false));
                }
            }
        }
        if (wanted.contains(SAR)) {
            for (ReviewRow r : query.reviews(personId, from, to)) {
                boolean visible = reader.seesReviews();
                String summary = "Review " + r.sarNumber() + (r.died() ? ", after the person's death" : ", after serious harm");
                found.addOn(visible, r.referredOn(), SAR, "Safeguarding Adults Review referred", summary);
                found.addOn(visible, r.boardDecidedOn(), SAR, "COMMISSIONED".equals(r.boardDecision())
                        ? "Safeguarding Adults Review commissioned" : "Safeguarding Adults Review not commissioned", summary);
                found.addOn(visible, r.commencedOn(), SAR, "Safeguarding Adults Review started", summary);
                found.addOn(visible, r.completedOn(), SAR, "Safeguarding Adults Review completed", summary);
            }
        }
        return found.entries();
    }

    private static String join(String... parts) {
        return Stream.of(parts).filter(Objects::nonNull).collect(Collectors.joining(", "));
    }

    /**
     * The signed-in caller as {@link SafeguardingScope#works} and {@link Concerns#concernsAbout} judge them, with their teams
     * looked up once rather than once a record.
     */
    private final class Reader {

        private final boolean mayOpen;
        private final boolean wholeTeam = scope.wholeTeam();
        private final boolean worksEnquiries = wholeTeam || CurrentStaff.hasRole(Role.PRACTITIONER) || CurrentStaff.hasRole(Role.TEAM_MANAGER);
        private final String username = CurrentStaff.username();
        private List<Long> teams;

        Reader(boolean mayOpen) {
            this.mayOpen = mayOpen;
        }

        boolean sees(String raisedBy, Long enquiryTeam) {
            return mayOpen && worksEnquiries && (wholeTeam || username.equals(raisedBy) || (enquiryTeam != null && teams().contains(enquiryTeam)));
        }

        boolean seesReviews() {
            return mayOpen && wholeTeam;
        }

        private List<Long> teams() {
            if (teams == null) {
                teams = scope.teams();
            }
            return teams;
        }
    }

    /** The entries in the range, shown or counted as withheld. */
    private static final class Found {

        private final LocalDate from;
        private final LocalDate to;
        private final List<ChronologyEntry> shown = new ArrayList<>();
        private int withheld;

        Found(LocalDate from, LocalDate to) {
            this.from = from;
            this.to = to;
        }

        boolean within(LocalDate day) {
            return day != null && !day.isBefore(from) && !day.isAfter(to);
        }

        void add(boolean visible, ChronologyEntry entry) {
            if (visible) {
                shown.add(entry);
            } else {
                withheld++;
            }
        }

        /** A review's event on its day, if that day is in the range; reviews have no page of their own to link to. */
        void addOn(boolean visible, LocalDate day, String type, String title, String summary) {
            if (within(day)) {
                add(visible, ChronologyEntry.onDay(day, type, title, summary, MODULE, null, false));
            }
        }

        Entries entries() {
            return new Entries(shown, withheld);
        }
    }
}
