package org.openasc.liberty;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import org.openasc.liberty.domain.DolsOutcome;
import org.openasc.liberty.domain.LibertyChronologyQuery;
import org.openasc.liberty.domain.LibertyChronologyQuery.ApplicationRow;
import org.openasc.liberty.domain.LibertyChronologyQuery.MhaRow;
import org.openasc.people.PersonRecords;
import org.openasc.platform.calendar.Today;
import org.openasc.platform.records.ChronologyEntry;
import org.openasc.platform.records.ModuleChronology;
import org.openasc.platform.security.CurrentStaff;
import org.openasc.platform.security.Role;
import org.openasc.platform.web.DateDisplay;

/**
 * Liberty in a person's chronology: DoLS applications received (with any urgent authorisation), decisions (a standard
 * authorisation granted is significant), authorisations ending, and Mental Health Act assessments requested and carried out
 * (detention is significant). DoLS entries are shown to the DoLS team, who alone open applications; assessments to those who
 * record them (the DoLS team, practitioners and team managers); none to anyone not named on a restricted person's record.
 */
@Component
class LibertyChronology extends ModuleChronology<LibertyChronologyQuery> {

    private static final String MODULE = "liberty";
    private static final String DOLS_APPLICATION = "DOLS_APPLICATION";
    private static final String DOLS_DECISION = "DOLS_DECISION";
    private static final String DOLS_ENDING = "DOLS_ENDING";
    private static final String MHA_ASSESSMENT = "MHA_ASSESSMENT";
    private static final DateDisplay DATES = new DateDisplay();

    private final PersonRecords people;
    private final Clock clock;

    LibertyChronology(LibertyChronologyQuery query, PersonRecords people, Clock clock) {
        super(query, DOLS_APPLICATION, "DoLS applications", DOLS_DECISION, "DoLS decisions", DOLS_ENDING, "DoLS authorisations ending",
                MHA_ASSESSMENT, "Mental Health Act assessments");
        this.people = people;
        this.clock = clock;
    }

    @Override
    protected Entries read(UUID personId, LocalDate from, LocalDate to, Set<String> wanted) {
        boolean mayOpen = people.mayOpen(personId);
        List<ChronologyEntry> shown = new ArrayList<>();
        int withheld = 0;
        if (wanted.contains(DOLS_APPLICATION) || wanted.contains(DOLS_DECISION) || wanted.contains(DOLS_ENDING)) {
            boolean visible = mayOpen && CurrentStaff.hasRole(Role.DOLS);
            LocalDate today = Today.on(clock);
            for (ApplicationRow a : query.applications(personId, from, to, wanted.contains(DOLS_APPLICATION), wanted.contains(DOLS_DECISION),
                    wanted.contains(DOLS_ENDING))) {
                List<ChronologyEntry> events = new ArrayList<>();
                String number = "Application " + a.applicationNumber();
                String link = "/dols/applications/" + a.id();
                if (wanted.contains(DOLS_APPLICATION) && within(a.receivedOn(), from, to)) {
                    events.add(ChronologyEntry.onDay(a.receivedOn(), DOLS_APPLICATION,
                            a.urgent() ? "DoLS application received with urgent authorisation" : "DoLS application received",
                            join(number, "from " + a.managingAuthority(), a.urgentGrantedOn() == null ? null : "urgent authorisation from "
                                    + DATES.day(a.urgentGrantedOn()) + " to " + DATES.day(DolsClock.urgentEnds(a.urgentGrantedOn(), a.urgentExtendedDays()))),
                            MODULE, link, false));
                }
                if (wanted.contains(DOLS_DECISION) && a.outcome() != null && within(a.signedOffOn(), from, to)) {
                    events.add(decision(a, number, link));
                }
                if (wanted.contains(DOLS_ENDING) && DolsOutcome.GRANTED.is(a.outcome()) && a.ceasedOn() != null && within(a.ceasedOn(), from, to)) {
                    events.add(ChronologyEntry.onDay(a.ceasedOn(), DOLS_ENDING, "DoLS authorisation ceased",
                            join(number, "authorised from " + DATES.day(a.authorisedFrom()) + " to " + DATES.day(a.authorisedTo())), MODULE, link, false));
                } else if (wanted.contains(DOLS_ENDING) && DolsOutcome.GRANTED.is(a.outcome()) && a.ceasedOn() == null && within(a.authorisedTo(), from, to)) {
                    events.add(ChronologyEntry.onDay(a.authorisedTo(), DOLS_ENDING,
                            a.authorisedTo().isBefore(today) ? "DoLS authorisation ended" : "DoLS authorisation ends",
                            join(number, "authorised from " + DATES.day(a.authorisedFrom())), MODULE, link, false));
                }
                if (visible) {
                    shown.addAll(events);
                } else {
                    withheld += events.size();
                }
            }
        }
        if (wanted.contains(MHA_ASSESSMENT)) {
            boolean visible = mayOpen && (CurrentStaff.hasRole(Role.DOLS) || CurrentStaff.hasRole(Role.PRACTITIONER)
                    || CurrentStaff.hasRole(Role.TEAM_MANAGER));
            for (MhaRow m : query.mhaAssessments(personId, from, to)) {
                List<ChronologyEntry> events = new ArrayList<>();
                String number = "Assessment " + m.assessmentNumber();
                if (within(m.requestedDay(), from, to)) {
                    events.add(new ChronologyEntry(m.requestedAt(), true, MHA_ASSESSMENT, "Mental Health Act assessment requested",
                            join(number, "AMHP: " + m.amhp()), MODULE, null, false));
                }
                if (m.outcome() != null && within(m.assessedDay(), from, to)) {
                    events.add(new ChronologyEntry(m.assessedAt(), true, MHA_ASSESSMENT,
                            "Mental Health Act assessment: " + MhaAssessments.OUTCOMES.get(m.outcome()),
                            join(number, m.outOfArea() ? "bed found out of area" : null), MODULE, null, m.outcome().startsWith("SECTION_")));
                }
                if (visible) {
                    shown.addAll(events);
                } else {
                    withheld += events.size();
                }
            }
        }
        return new Entries(shown, withheld);
    }

    private static ChronologyEntry decision(ApplicationRow a, String number, String link) {
        return switch (DolsOutcome.valueOf(a.outcome())) {
            case GRANTED -> ChronologyEntry.onDay(a.signedOffOn(), DOLS_DECISION, "DoLS authorisation granted",
                    join(number, "from " + DATES.day(a.authorisedFrom()) + " to " + DATES.day(a.authorisedTo())), MODULE, link, true);
            case NOT_GRANTED -> ChronologyEntry.onDay(a.signedOffOn(), DOLS_DECISION, "DoLS authorisation not granted", number, MODULE, link, false);
            default -> ChronologyEntry.onDay(a.signedOffOn(), DOLS_DECISION, "DoLS application withdrawn", number, MODULE, link, false);
        };
    }

    private static String join(String... parts) {
        return Stream.of(parts).filter(Objects::nonNull).collect(Collectors.joining(", "));
    }
}
