package org.openasc.safeguarding;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.openasc.platform.calendar.Today;
import org.openasc.platform.web.FieldChecks;
import org.openasc.people.ListedPeople;
import org.openasc.platform.audit.AuditTrail;
import org.openasc.platform.audit.AuditTrail.Action;
import org.openasc.platform.codelist.CodeLists;
import org.openasc.platform.security.Access;
import org.openasc.platform.security.CurrentStaff;
import org.openasc.platform.web.FieldProblem;
import org.openasc.platform.web.InvalidInput;
import org.openasc.platform.web.NotFound;
import org.openasc.platform.web.Page;
import org.openasc.safeguarding.domain.ConcernStore;
import org.openasc.safeguarding.domain.EnquiryStore;
import org.openasc.safeguarding.domain.Versioned;
import org.openasc.platform.records.VersionClaims;

/**
 * Safeguarding enquiries: allegations with the SAC's type, location and source of risk; the strategy
 * discussion; a caused enquiry's due date and response; Making Safeguarding Personal and capacity; and a
 * conclusion that, for a section 42 enquiry, carries everything the Safeguarding Adults Collection needs.
 */
@Service
public class Enquiries {

    static final String SUBJECT = "safeguarding-enquiry";
    static final String RISK_IDENTIFIED_ACTION_TAKEN = "Risk identified and action taken";
    static final String EXPRESSED = "Yes they were asked and outcomes were expressed";
    static final String LACKED_CAPACITY = "Yes, they lacked capacity";

    private final EnquiryStore store;
    private final ConcernStore concerns;
    private final SafeguardingScope scope;
    private final CodeLists codes;
    private final AuditTrail audit;
    private final Clock clock;
    private final VersionClaims claims;

    Enquiries(EnquiryStore store, ConcernStore concerns, SafeguardingScope scope, CodeLists codes, AuditTrail audit, VersionClaims claims, Clock clock) {
        this.store = store;
        this.concerns = concerns;
        this.scope = scope;
        this.codes = codes;
        this.audit = audit;
        this.claims = claims;
        this.clock = clock;
    }

    @PreAuthorize(Access.WORK_ENQUIRIES)
    public EnquiryView open(UUID id) {
        EnquiryView view = view(row(id));
        audit.record(CurrentStaff.username(), Action.VIEWED, SUBJECT, id.toString(), String.valueOf(view.enquiryNumber()), null);
        return view;
    }

    /** One page of the open enquiries the caller works (all for the Safeguarding Adults Team, their teams' for locality staff), oldest first. */
    @PreAuthorize(Access.WORK_ENQUIRIES)
    public Page<EnquiryView> openEnquiries(int page, int size) {
        audit.record(CurrentStaff.username(), Action.SEARCHED, SUBJECT, null, null, "Open enquiries");
        List<Long> teams = scope.teams();
        List<UUID> open = store.open(teams, (page - 1) * size, size);
        java.util.Map<UUID, EnquiryStore.Row> rows = new java.util.HashMap<>();
        store.findAll(open).forEach(r -> rows.put(r.id(), r));
        return new Page<>(views(open.stream().map(rows::get).filter(java.util.Objects::nonNull).toList()), page, size, store.countOpen(teams));
    }

    @PreAuthorize(Access.WORK_ENQUIRIES)
    @Transactional
    public EnquiryView addAllegation(UUID id, SafeguardingCommands.NewAllegation a) {
        EnquiryStore.Row row = openRow(id);
        List<FieldProblem> problems = new ArrayList<>();
        listed(a.typeOfRisk(), "type-of-risk", "typeOfRisk", "Select the type of risk from the national list", problems);
        listed(a.locationOfRisk(), "location-of-risk", "locationOfRisk", "Select where the risk was", problems);
        listed(a.sourceOfRisk(), "source-of-risk", "sourceOfRisk", "Select the source of risk: service provider, or someone known or unknown to the person", problems);
        FieldChecks.refuse(problems);
        String by = CurrentStaff.username();
        store.addAllegation(id, a.typeOfRisk(), a.locationOfRisk(), a.sourceOfRisk(), by);
        claims.claim(Versioned.ENQUIRY, id, row.version(), by);
        audit.record(by, Action.CHANGED, SUBJECT, id.toString(), String.valueOf(row.enquiryNumber()), "Allegation: " + a.typeOfRisk());
        return view(store.find(id).orElseThrow());
    }

    @PreAuthorize(Access.WORK_ENQUIRIES)
    @Transactional
    public EnquiryView progress(UUID id, SafeguardingCommands.EnquiryProgress p) {
        EnquiryStore.Row row = openRow(id);
        List<FieldProblem> problems = new ArrayList<>();
        if (p.strategyOn() != null && (p.strategyOn().isBefore(row.startedOn()) || p.strategyOn().isAfter(Today.on(clock)))) {
            problems.add(new FieldProblem("strategyOn", "The strategy discussion must be between the start of the enquiry (" + row.startedOn() + ") and today"));
        }
        FieldChecks.text(p.strategyAgencies(), "strategyAgencies", "the agencies at the strategy discussion", 2000, false, problems);
        FieldChecks.text(p.causedTo(), "causedTo", "who was asked to enquire", 200, false, problems);
        if (p.causedDueOn() != null && p.causedDueOn().isBefore(row.startedOn())) {
            problems.add(new FieldProblem("causedDueOn", "The response cannot be due before the enquiry started (" + row.startedOn() + ")"));
        }
        if (p.causedResponseOn() != null && (p.causedResponseOn().isBefore(row.startedOn()) || p.causedResponseOn().isAfter(Today.on(clock)))) {
            problems.add(new FieldProblem("causedResponseOn", "The response date must be between the start of the enquiry and today"));
        }
        if ((p.causedDueOn() != null || p.causedResponseOn() != null) && FieldChecks.trimmed(p.causedTo()) == null) {
            problems.add(new FieldProblem("causedTo", "Enter who was asked to enquire"));
        }
        FieldChecks.text(p.causedResponse(), "causedResponse", "their response", 4000, false, problems);
        optionalListed(p.mspAsked(), "msp-asked", "mspAsked", "Select whether the person was asked about the outcomes they wanted", problems);
        FieldChecks.text(p.mspOutcomes(), "mspOutcomes", "the outcomes they expressed", 4000, false, problems);
        if (EXPRESSED.equals(p.mspAsked()) && FieldChecks.trimmed(p.mspOutcomes()) == null) {
            problems.add(new FieldProblem("mspOutcomes", "Enter the outcomes the person expressed, in their words"));
        }
        optionalListed(p.lackedCapacity(), "lacked-capacity", "lackedCapacity", "Select whether the person lacked capacity", problems);
        FieldChecks.refuse(problems);
        String by = claim(row, p.version());
        store.progress(id, p.strategyOn(), FieldChecks.trimmed(p.strategyAgencies()), FieldChecks.trimmed(p.causedTo()), p.causedDueOn(), p.causedResponseOn(),
                FieldChecks.trimmed(p.causedResponse()), FieldChecks.trimmed(p.mspAsked()), FieldChecks.trimmed(p.mspOutcomes()), FieldChecks.trimmed(p.lackedCapacity()),
                LACKED_CAPACITY.equals(p.lackedCapacity()) ? Boolean.TRUE.equals(p.advocate()) : null);
        audit.record(by, Action.CHANGED, SUBJECT, id.toString(), String.valueOf(row.enquiryNumber()), "Enquiry updated");
        return view(store.find(id).orElseThrow());
    }

    /** Concludes the enquiry; a section 42 enquiry is refused without what the national return needs, and says what is missing. */
    @PreAuthorize(Access.WORK_ENQUIRIES)
    @Transactional
    public EnquiryView conclude(UUID id, SafeguardingCommands.Conclusion c) {
        EnquiryStore.Row row = openRow(id);
        List<FieldProblem> problems = new ArrayList<>();
        if (c.concludedOn() == null) {
            problems.add(new FieldProblem("concludedOn", "Enter the date the enquiry concluded"));
        } else if (c.concludedOn().isBefore(row.startedOn()) || c.concludedOn().isAfter(Today.on(clock))) {
            problems.add(new FieldProblem("concludedOn", "The conclusion must be between the start of the enquiry (" + row.startedOn() + ") and today"));
        }
        listed(c.conclusion(), "enquiry-conclusion", "conclusion", "Select the conclusion from the list", problems);
        if ("S42".equals(row.kind())) {
            if (store.allegations(id).isEmpty()) {
                problems.add(new FieldProblem("allegations", "Record at least one allegation (type, location and source of risk) before concluding"));
            }
            listed(c.riskAssessmentOutcome(), "risk-assessment-outcome", "riskAssessmentOutcome", "Select the risk assessment outcome", problems);
            if (RISK_IDENTIFIED_ACTION_TAKEN.equals(c.riskAssessmentOutcome())) {
                listed(c.riskResult(), "risk-result", "riskResult", "Select whether the risk remained, was reduced or was removed", problems);
            }
            if (row.mspAsked() == null) {
                problems.add(new FieldProblem("mspAsked", "Record whether the person was asked about the outcomes they wanted (Making Safeguarding Personal)"));
            } else if (EXPRESSED.equals(row.mspAsked())) {
                listed(c.mspAchieved(), "msp-achieved", "mspAchieved", "Select whether the outcomes the person expressed were fully, partially or not achieved", problems);
            }
            if (row.lackedCapacity() == null) {
                problems.add(new FieldProblem("lackedCapacity", "Record whether the person lacked capacity"));
            }
        }
        FieldChecks.refuse(problems);
        String by = claim(row, c.version());
        boolean s42 = "S42".equals(row.kind());
        store.conclude(id, c.concludedOn(), c.conclusion(), s42 ? c.riskAssessmentOutcome() : FieldChecks.trimmed(c.riskAssessmentOutcome()),
                s42 && RISK_IDENTIFIED_ACTION_TAKEN.equals(c.riskAssessmentOutcome()) ? c.riskResult() : null,
                EXPRESSED.equals(row.mspAsked()) ? c.mspAchieved() : null);
        audit.record(by, Action.CHANGED, SUBJECT, id.toString(), String.valueOf(row.enquiryNumber()), "Concluded " + c.concludedOn() + ": " + c.conclusion());
        return view(store.find(id).orElseThrow());
    }

    private EnquiryStore.Row row(UUID id) {
        EnquiryStore.Row row = store.find(id).orElseThrow(() -> new NotFound("The safeguarding enquiry " + id));
        ConcernStore.Row concern = concerns.find(row.concernId()).orElseThrow();
        scope.check(SUBJECT, id, String.valueOf(row.enquiryNumber()), concern.createdBy(), row.teamId(), row.personId());
        return row;
    }

    private EnquiryStore.Row openRow(UUID id) {
        EnquiryStore.Row row = row(id);
        if (row.concludedOn() != null) {
            throw new InvalidInput("enquiry", "Enquiry " + row.enquiryNumber() + " concluded on " + row.concludedOn() + ": it cannot be changed");
        }
        return row;
    }

    private String claim(EnquiryStore.Row row, Integer version) {
        return claims.claimChange(Versioned.ENQUIRY, row.id(), row.version(), version, "Enquiry " + row.enquiryNumber());
    }

    private void listed(String value, String list, String field, String message, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, message));
        } else if (!codes.isValid(list, value)) {
            problems.add(new FieldProblem(field, codes.withCodes(list, message)));
        }
    }

    private void optionalListed(String value, String list, String field, String message, List<FieldProblem> problems) {
        if (value != null && !value.isBlank() && !codes.isValid(list, value)) {
            problems.add(new FieldProblem(field, codes.withCodes(list, message)));
        }
    }

    private EnquiryView view(EnquiryStore.Row r) {
        return views(List.of(r)).get(0);
    }

    /** A list's rows with their people and allegations looked up once each, however many rows. */
    private List<EnquiryView> views(List<EnquiryStore.Row> rows) {
        ListedPeople people = scope.people(rows.stream().map(EnquiryStore.Row::personId).toList());
        java.util.Map<UUID, List<EnquiryView.Allegation>> allegations = store.allegations(rows.stream()
                .filter(r -> !people.sealed(r.personId())).map(EnquiryStore.Row::id).toList());
        return rows.stream().map(r -> view(r, people.sealed(r.personId()), people.name(r.personId()),
                allegations.getOrDefault(r.id(), List.of()))).toList();
    }

    /** A restricted person's enquiry, for a viewer not named on the restriction, keeps only its numbers, dates and outcome codes. */
    private static EnquiryView view(EnquiryStore.Row r, boolean sealed, String personName, List<EnquiryView.Allegation> allegations) {
        return new EnquiryView(r.id(), r.enquiryNumber(), r.concernId(), r.concernNumber(), r.personId(), personName, r.kind(),
                r.teamId(), r.startedOn(), r.strategyOn(), sealed ? null : r.strategyAgencies(), sealed ? null : r.causedTo(), r.causedDueOn(),
                r.causedResponseOn(), sealed ? null : r.causedResponse(), r.mspAsked(), sealed ? null : r.mspOutcomes(), r.mspAchieved(),
                r.lackedCapacity(), r.advocate(), r.conclusion(), r.riskAssessmentOutcome(), r.riskResult(), r.concludedOn(),
                sealed ? List.of() : allegations, r.version(), sealed);
    }
}
