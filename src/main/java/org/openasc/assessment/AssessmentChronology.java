package org.openasc.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

import org.openasc.assessment.domain.AssessmentChronologyQuery;
import org.openasc.platform.calendar.Today;
import org.openasc.platform.records.ChronologyEntry;
import org.openasc.platform.records.ModuleChronology;

/**
 * Assessments in a person's chronology: each one started (needs, carer's, financial and mental capacity),
 * completed with what it found, and an eligibility determination authorised by a manager.
 */
@Component
class AssessmentChronology extends ModuleChronology<AssessmentChronologyQuery> {

    static final String ASSESSMENT = "ASSESSMENT";
    static final String ASSESSMENT_DECISION = "ASSESSMENT_DECISION";
    private static final String MODULE = "assessment";

    AssessmentChronology(AssessmentChronologyQuery query) {
        super(query, ASSESSMENT, "Assessments started", ASSESSMENT_DECISION, "Assessment outcomes");
    }

    // Any case-working role reads a person's assessments once the person may be opened, as Assessments.open does: none is withheld.
    @Override
    protected Entries read(UUID personId, LocalDate from, LocalDate to, Set<String> wanted) {
        boolean started = wanted.contains(ASSESSMENT);
        boolean decided = wanted.contains(ASSESSMENT_DECISION);
        if (!started && !decided) {
            return Entries.none();
        }
        List<ChronologyEntry> shown = new ArrayList<>();
        for (AssessmentChronologyQuery.Event a : query.events(personId, from, to, started, decided)) {
            String link = "/assessments/" + a.id();
            String number = "Assessment " + a.assessmentNumber();
            if (started && within(a.startedOn(), from, to)) {
                shown.add(ChronologyEntry.onDay(a.startedOn(), ASSESSMENT, "Assessment started: " + a.assessmentType(),
                        a.method() == null ? number : number + ", " + a.method(), MODULE, link, false));
            }
            if (decided && a.completedOn() != null && within(a.completedOn(), from, to)) {
                String found = found(a);
                shown.add(ChronologyEntry.onDay(a.completedOn(), ASSESSMENT_DECISION, "Assessment completed: " + a.assessmentType(),
                        found == null ? number : number + ": " + found, MODULE, link, false));
            }
            if (decided && a.authorisedAt() != null && within(LocalDate.ofInstant(a.authorisedAt(), Today.COUNCIL_ZONE), from, to)) {
                shown.add(new ChronologyEntry(a.authorisedAt(), true, ASSESSMENT_DECISION, "Eligibility authorised: " + a.assessmentType(),
                        number + ": " + (Boolean.TRUE.equals(a.eligible()) ? "eligible" : "not eligible"), MODULE, link, false));
            }
        }
        return new Entries(shown, 0);
    }

    /** What a completed assessment found, in words; nothing for a financial assessment, whose result is not kept here. */
    private static String found(AssessmentChronologyQuery.Event a) {
        if (a.eligibleNeedsIdentified() != null) {
            return "Yes".equals(a.eligibleNeedsIdentified()) ? "eligible needs identified" : "no eligible needs identified";
        }
        if (a.lacksCapacity() != null) {
            return (a.lacksCapacity() ? "lacks capacity to decide: " : "has capacity to decide: ") + a.decisionInQuestion();
        }
        return null;
    }
}
