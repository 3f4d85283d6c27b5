package org.openasc.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import org.openasc.assessment.domain.AssessmentDisclosureQuery;
import org.openasc.assessment.domain.AssessmentStore;
import org.openasc.platform.calendar.Today;
import org.openasc.platform.records.Disclosed;
import org.openasc.platform.records.ModuleDisclosure;
import org.openasc.platform.staff.StaffDirectory;

/**
 * Assessments in a subject access request: every needs, carer's, financial and mental capacity assessment of the person
 * with each answer as the assessment page asks it, the determination and its reasons, and who authorised it.
 */
@Component
class AssessmentDisclosure extends ModuleDisclosure<AssessmentDisclosureQuery> {

    AssessmentDisclosure(AssessmentDisclosureQuery query, StaffDirectory staff) {
        super(query, staff);
    }

    @Override
    protected void collect(UUID personId, Sections sections) {
        List<AssessmentStore.Row> assessments = query.assessments(personId);
        if (assessments.isEmpty()) {
            return;
        }
        Map<UUID, Map<String, AssessmentDisclosureQuery.Answer>> answers = query.answers(personId).stream()
                .collect(Collectors.groupingBy(AssessmentDisclosureQuery.Answer::assessmentId,
                        Collectors.toMap(AssessmentDisclosureQuery.Answer::outcome, a -> a)));
        Map<String, String> names = staffNames(assessments.stream().flatMap(a -> Stream.of(a.worker(), a.authorisedBy())));
        sections.add("Assessments", assessments, a -> assessment(a, answers.getOrDefault(a.id(), Map.of()), names));
    }

    private static Item assessment(AssessmentStore.Row a, Map<String, AssessmentDisclosureQuery.Answer> answers, Map<String, String> names) {
        Disclosed record = new Disclosed()
                .field("Method", a.method())
                .field("Started", a.startedOn())
                .field("Completed", a.completedOn())
                .field("Worker", name(names, a.worker()))
                .field("Eligibility", a.eligible() == null ? null : a.eligible() ? "Eligible needs" : "Not eligible")
                .field("Eligible needs identified", a.eligibleNeedsIdentified())
                .field("Do the carer's needs arise from providing necessary care to an adult?", a.carerNeedsFromCaring())
                .field("Is the carer's physical or mental health deteriorating, or at risk of doing so?", a.carerHealthAtRisk())
                .field("Is there, or is there likely to be, a significant impact on the carer's wellbeing?", a.carerSignificantImpact());
        for (EligibilityOutcome outcome : EligibilityOutcome.values()) {
            AssessmentDisclosureQuery.Answer answer = answers.get(outcome.name());
            if (answer != null) {
                record.field(outcome.label(), answered(answer));
            }
        }
        return record
                .field("Is there an impairment of, or a disturbance in the functioning of, the mind or brain?", a.impairmentOfMind())
                .field("Unable to understand the information relevant to the decision?", a.unableToUnderstand())
                .field("Unable to retain that information?", a.unableToRetain())
                .field("Unable to use or weigh that information?", a.unableToWeigh())
                .field("Unable to communicate the decision by any means?", a.unableToCommunicate())
                .field("If unable to decide: is that because of the impairment?", a.causedByImpairment())
                .field("Lacks capacity for this decision", a.lacksCapacity())
                .field("Authorised by", name(names, a.authorisedBy()))
                .field("Authorised on", a.authorisedAt() == null ? null : LocalDate.ofInstant(a.authorisedAt(), Today.COUNCIL_ZONE))
                .passage("Decision in question", a.decisionInQuestion())
                .passage("Reasons for the determination", a.eligibilityReasons())
                .passage("Best-interests decision", a.bestInterestsDecision())
                .passage("Notes", a.notes())
                .item(a.assessmentType() + " " + a.assessmentNumber(), a.startedOn());
    }

    /** One outcome as the assessment page's table reads it: unable to achieve, and if so why and with what impact. */
    private static String answered(AssessmentDisclosureQuery.Answer a) {
        String text = "Unable to achieve: " + (a.unable() ? "Yes" : "No");
        if (a.arisesFromImpairment() != null) {
            text += "; because of impairment or illness: " + (a.arisesFromImpairment() ? "Yes" : "No");
        }
        if (a.significantImpact() != null) {
            text += "; significant impact on wellbeing: " + (a.significantImpact() ? "Yes" : "No");
        }
        return text;
    }
}
