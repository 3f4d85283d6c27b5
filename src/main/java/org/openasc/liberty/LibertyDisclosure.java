package org.openasc.liberty;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import org.openasc.liberty.domain.DolsOutcome;
import org.openasc.liberty.domain.LibertyDisclosureQuery;
import org.openasc.liberty.domain.LibertyDisclosureQuery.ApplicationRow;
import org.openasc.liberty.domain.LibertyDisclosureQuery.AssessmentRow;
import org.openasc.liberty.domain.LibertyDisclosureQuery.MhaRow;
import org.openasc.platform.records.Disclosed;
import org.openasc.platform.records.ModuleDisclosure;
import org.openasc.platform.web.DateDisplay;

/**
 * Liberty's part of a subject access request: every DoLS application about the person with its qualifying assessments and
 * decision, and every Mental Health Act assessment, though day to day only the DoLS team opens applications.
 */
@Component
class LibertyDisclosure extends ModuleDisclosure<LibertyDisclosureQuery> {

    private static final DateDisplay DATES = new DateDisplay();

    LibertyDisclosure(LibertyDisclosureQuery query) {
        super(query, null);
    }

    @Override
    protected void collect(UUID personId, Sections sections) {
        List<ApplicationRow> applications = query.applications(personId);
        if (!applications.isEmpty()) {
            Map<UUID, List<AssessmentRow>> assessments = query.assessments(personId).stream()
                    .sorted(Comparator.comparing(a -> Requirement.valueOf(a.requirement())))
                    .collect(Collectors.groupingBy(AssessmentRow::applicationId));
            sections.add("Deprivation of Liberty Safeguards applications", applications,
                    a -> application(a, assessments.getOrDefault(a.id(), List.of())));
        }
        sections.add("Mental Health Act assessments", query.mhaAssessments(personId), LibertyDisclosure::mha);
    }

    private static Item application(ApplicationRow a, List<AssessmentRow> assessments) {
        Disclosed entry = new Disclosed()
                .field("Received", a.receivedOn())
                .field("Urgent authorisation", a.urgent())
                .field("Urgent authorisation granted", a.urgentGrantedOn())
                .field("Urgent authorisation extended by", a.urgentExtendedDays() == null ? null : a.urgentExtendedDays() + " days")
                .field("Urgent authorisation ends", a.urgentGrantedOn() == null ? null : DolsClock.urgentEnds(a.urgentGrantedOn(), a.urgentExtendedDays()))
                .field("Priority", capitalised(a.priority()))
                .field("Reason for the priority", a.priorityReason())
                .field("Best Interests Assessor", a.bestInterestsAssessor());
        for (AssessmentRow q : assessments) {
            String result = Requirement.Status.valueOf(q.status()).label() + (q.assessor() == null ? "" : ", by " + q.assessor())
                    + (q.assessedOn() == null ? "" : ", on " + DATES.day(q.assessedOn()));
            entry.field(Requirement.valueOf(q.requirement()).label() + " assessment", result);
        }
        return entry
                .field("Decision", a.outcome() == null ? null : DolsOutcome.valueOf(a.outcome()).label())
                .field("Signed off", a.signedOffOn())
                .field("Authorised from", a.authorisedFrom())
                .field("Authorised to", a.authorisedTo())
                .passage("Managing authority", a.managingAuthority())
                .passage("Conditions", a.conditions())
                .passage("Reason for the decision", a.outcomeReason())
                .item("DoLS application " + a.applicationNumber(), a.receivedOn());
    }

    private static Item mha(MhaRow m) {
        return new Disclosed()
                .field("Requested", m.requestedAt())
                .field("Assessed", m.assessedAt())
                .field("Outcome", m.outcome() == null ? null : MhaAssessments.OUTCOMES.get(m.outcome()))
                .field("Bed found", m.bedFoundAt())
                .field("The bed was out of area", m.bedFoundAt() != null || m.outOfArea() ? m.outOfArea() : null)
                .field("What delayed it", m.delays().stream().map(LibertyDisclosure::capitalised).collect(Collectors.joining(", ")))
                .passage("Approved Mental Health Professional", m.amhp())
                .passage("Doctors", String.join(", ", m.doctors()))
                .passage("About the delays", m.delayNotes())
                .item("Mental Health Act assessment " + m.assessmentNumber(), m.requestedOn());
    }

    /** A code as its page shows it: "HIGH" as "High". */
    private static String capitalised(String code) {
        return code == null ? null : code.charAt(0) + code.substring(1).toLowerCase().replace('_', ' ');
    }
}
