package org.openasc.safeguarding;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import org.openasc.platform.records.Disclosed;
import org.openasc.platform.records.ModuleDisclosure;
import org.openasc.platform.staff.StaffDirectory;
import org.openasc.safeguarding.domain.SafeguardingDisclosureQuery;
import org.openasc.safeguarding.domain.SafeguardingDisclosureQuery.ActionRow;
import org.openasc.safeguarding.domain.SafeguardingDisclosureQuery.AllegationRow;
import org.openasc.safeguarding.domain.SafeguardingDisclosureQuery.ConcernRow;
import org.openasc.safeguarding.domain.SafeguardingDisclosureQuery.EnquiryRow;
import org.openasc.safeguarding.domain.SafeguardingDisclosureQuery.ReviewRow;

/**
 * Safeguarding's part of a subject access request: every concern, enquiry and Safeguarding Adults Review about the person,
 * whichever team worked it, with the narratives as passages. Councils often withhold some safeguarding information under an
 * exemption; that is the officer's decision on the whole record, so nothing is left out here.
 */
@Component
class SafeguardingDisclosure extends ModuleDisclosure<SafeguardingDisclosureQuery> {

    SafeguardingDisclosure(SafeguardingDisclosureQuery query, StaffDirectory staff) {
        super(query, staff);
    }

    @Override
    protected void collect(UUID personId, Sections sections) {
        List<ConcernRow> concerns = query.concerns(personId);
        List<EnquiryRow> enquiries = query.enquiries(personId);
        List<ReviewRow> reviews = query.reviews(personId);
        Map<String, String> names = staffNames(concerns.stream().flatMap(c -> Stream.of(c.createdBy(), c.decidedBy())));
        Map<Long, String> teams = concerns.stream().anyMatch(c -> c.routedTeamId() != null) || enquiries.stream().anyMatch(e -> e.teamId() != null)
                ? teamNames() : Map.of();
        sections.add("Safeguarding concerns", concerns, c -> concern(c, names, teams));
        if (!enquiries.isEmpty()) {
            Map<UUID, List<AllegationRow>> allegations = query.allegations(personId).stream().collect(Collectors.groupingBy(AllegationRow::enquiryId));
            sections.add("Safeguarding enquiries", enquiries, e -> enquiry(e, allegations.getOrDefault(e.id(), List.of()), teams));
        }
        if (!reviews.isEmpty()) {
            Map<UUID, List<ActionRow>> actions = query.actions(personId).stream().collect(Collectors.groupingBy(ActionRow::sarId));
            sections.add("Safeguarding Adults Reviews", reviews, r -> review(r, actions.getOrDefault(r.id(), List.of())));
        }
    }

    private static Item concern(ConcernRow c, Map<String, String> names, Map<Long, String> teams) {
        ScreeningDecision decision = ScreeningDecision.parse(c.decision());
        Routing routing = Routing.parse(c.routedTo());
        return new Disclosed()
                .field("Received", c.receivedAt())
                .field("Source of the concern", c.source())
                .field("Raised by", name(names, c.createdBy()))
                .field("Care provider concerned", c.providerName())
                .field("Screened", c.screenedOn())
                .field("Does the adult have needs for care and support?", c.needsCareSupport())
                .field("Are they experiencing, or at risk of, abuse or neglect?", c.experiencingRisk())
                .field("As a result, are they unable to protect themselves?", c.unableToProtect())
                .field("Screening decision", decision == null ? null : decision.label())
                .field("Decided by", name(names, c.decidedBy()))
                .field("Who carries the enquiry on", routing == null ? null : routing.label())
                .field("Locality team", c.routedTeamId() == null ? null : teams.get(c.routedTeamId()))
                .field("Enquiry", c.enquiryNumber() == null ? null : "Safeguarding enquiry " + c.enquiryNumber())
                .passage("Where it happened", c.location())
                .passage("What happened", c.whatHappened())
                .passage("Immediate risk", c.immediateRisk())
                .passage("Action taken", c.actionTaken())
                .passage("Reasons for the screening decision", c.decisionReasons())
                .item("Safeguarding concern " + c.concernNumber(), c.receivedOn());
    }

    private static Item enquiry(EnquiryRow e, List<AllegationRow> allegations, Map<Long, String> teams) {
        Disclosed entry = new Disclosed()
                .field("Kind of enquiry", "S42".equals(e.kind()) ? "Section 42 enquiry" : "Other safeguarding enquiry")
                .field("Opened from", "Safeguarding concern " + e.concernNumber())
                .field("Started", e.startedOn())
                .field("Locality team", e.teamId() == null ? null : teams.get(e.teamId()));
        for (int i = 0; i < allegations.size(); i++) {
            AllegationRow a = allegations.get(i);
            String allegation = "Allegation " + (i + 1) + ": ";
            entry.field(allegation + "type of risk", a.typeOfRisk())
                    .field(allegation + "location of risk", a.locationOfRisk())
                    .field(allegation + "source of risk", a.sourceOfRisk());
        }
        return entry
                .field("Strategy discussion", e.strategyOn())
                .field("Caused enquiry: response due", e.causedDueOn())
                .field("Caused enquiry: responded", e.causedResponseOn())
                .field("Were they asked about the outcomes they wanted?", e.mspAsked())
                .field("Were the outcomes they expressed achieved?", e.mspAchieved())
                .field("Did the person lack capacity?", e.lackedCapacity())
                .field("Supported by an advocate, family or friend", e.advocate())
                .field("Concluded", e.concludedOn())
                .field("Conclusion of the enquiry", e.conclusion())
                .field("Risk assessment outcome", e.riskAssessmentOutcome())
                .field("Result where risk was identified and action taken", e.riskResult())
                .passage("Agencies at the strategy discussion", e.strategyAgencies())
                .passage("Caused enquiry: provider or partner asked to enquire", e.causedTo())
                .passage("Caused enquiry: their response", e.causedResponse())
                .passage("The outcomes they wanted, in their words", e.mspOutcomes())
                .item("Safeguarding enquiry " + e.enquiryNumber(), e.startedOn());
    }

    private static Item review(ReviewRow r, List<ActionRow> actions) {
        Disclosed entry = new Disclosed()
                .field("Referred", r.referredOn())
                .field("The person died", r.died())
                .field("The person suffered serious harm", r.seriousHarm())
                .field("Board's decision", r.boardDecision() == null ? null
                        : "COMMISSIONED".equals(r.boardDecision()) ? "Review commissioned" : "Review not commissioned")
                .field("Board decided", r.boardDecidedOn())
                .field("Review commenced", r.commencedOn())
                .field("Review completed", r.completedOn())
                .field("Themes", r.themes())
                .passage("Referred by", r.referrer())
                .passage("Case review group's recommendation", r.reviewGroupAdvice());
        for (int i = 0; i < actions.size(); i++) {
            ActionRow a = actions.get(i);
            String action = "Action " + (i + 1);
            entry.field(action + " due", a.dueOn()).field(action + " done", a.doneOn())
                    .passage(action, a.action()).passage(action + " owner", a.owner());
        }
        return entry.item("Safeguarding Adults Review " + r.sarNumber(), r.referredOn());
    }
}
