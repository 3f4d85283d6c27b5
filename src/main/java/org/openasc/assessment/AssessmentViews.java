package org.openasc.assessment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

import org.openasc.assessment.AssessmentView.Kind;
import org.openasc.assessment.domain.AssessmentStore;
import org.openasc.assessment.domain.AssessmentStore.Row;
import org.openasc.assessment.domain.Versioned;
import org.openasc.people.PersonRecords;
import org.openasc.people.PersonSummary;
import org.openasc.platform.codelist.CodeLists;
import org.openasc.platform.records.VersionClaims;
import org.openasc.platform.web.InvalidInput;
import org.openasc.platform.web.NotFound;

import static org.openasc.assessment.Assessments.SUBJECT;

/**
 * An assessment as the work on it sees it: opened under the person's restriction, claimed for a change against the
 * version it was read at, and shown with its kind, answers and history.
 */
@Component
class AssessmentViews {

    private final AssessmentStore store;
    private final PersonRecords people;
    private final CodeLists codes;
    private final VersionClaims claims;

    AssessmentViews(AssessmentStore store, PersonRecords people, CodeLists codes, VersionClaims claims) {
        this.store = store;
        this.people = people;
        this.codes = codes;
        this.claims = claims;
    }

    Row changeable(UUID id) {
        Row row = store.find(id).orElseThrow(() -> new NotFound("The assessment " + id));
        visiblePerson(row);
        if (row.completedOn() != null) {
            throw new InvalidInput("assessment", "Assessment " + row.assessmentNumber() + " was completed on " + row.completedOn()
                    + " and cannot be changed. Start a new assessment if the person's needs have changed.");
        }
        return row;
    }

    String claim(Row row, Integer version) {
        return claims.claimChange(Versioned.ASSESSMENT, row.id(), row.version(), version, "Assessment " + row.assessmentNumber());
    }

    PersonSummary visiblePerson(Row row) {
        people.requireOpenable(row.personId(), SUBJECT, row.id(), String.valueOf(row.assessmentNumber()));
        return people.summaryOf(row.personId());
    }

    AssessmentView view(Row r, PersonSummary person) {
        return view(r, person, store.answers(r.id()), store.historyOf(r.id()));
    }

    /** A person's assessments with their answers and histories looked up once each, however many there are. */
    List<AssessmentView> views(List<Row> rows, PersonSummary person) {
        List<UUID> ids = rows.stream().map(Row::id).toList();
        Map<UUID, List<AssessmentStore.AnswerRow>> answers = store.answers(ids);
        Map<UUID, List<AssessmentView.HistoryLine>> history = store.historyOf(ids);
        return rows.stream().map(r -> view(r, person, answers.getOrDefault(r.id(), List.of()), history.getOrDefault(r.id(), List.of()))).toList();
    }

    private AssessmentView view(Row r, PersonSummary person, List<AssessmentStore.AnswerRow> given, List<AssessmentView.HistoryLine> history) {
        Kind kind = kind(r.assessmentType());
        Map<String, AssessmentStore.AnswerRow> answers = new LinkedHashMap<>();
        given.forEach(a -> answers.put(a.outcome(), a));
        List<EligibilityOutcome> outcomes = kind == Kind.CARER ? EligibilityOutcome.forCarers()
                : kind == Kind.NEEDS ? EligibilityOutcome.forAdults() : List.of();
        List<AssessmentView.OutcomeView> outcomeViews = outcomes.stream().map(o -> {
            AssessmentStore.AnswerRow a = answers.get(o.name());
            return new AssessmentView.OutcomeView(o.name(), o.label(), a == null ? null : a.unable(),
                    a == null ? null : a.arisesFromImpairment(), a == null ? null : a.significantImpact());
        }).toList();
        return new AssessmentView(r.id(), r.assessmentNumber(), r.personId(), person, r.requestId(), r.assessmentType(), kind, r.method(),
                r.startedOn(), r.completedOn(), r.worker(), outcomeViews,
                kind == Kind.CARER ? new AssessmentCommands.CarerQuestions(r.carerNeedsFromCaring(), r.carerHealthAtRisk(), r.carerSignificantImpact()) : null,
                kind == Kind.CAPACITY ? new AssessmentCommands.CapacityQuestions(r.decisionInQuestion(), r.impairmentOfMind(), r.unableToUnderstand(),
                        r.unableToRetain(), r.unableToWeigh(), r.unableToCommunicate(), r.causedByImpairment(), r.bestInterestsDecision()) : null,
                r.eligible(), r.eligibilityReasons() == null || r.eligibilityReasons().isBlank() ? List.of() : List.of(r.eligibilityReasons().split("\n")),
                r.eligibleNeedsIdentified(), r.lacksCapacity(), r.authorisedBy(), r.authorisedAt(), r.notes(), r.version(),
                history, r.createdAt(), r.createdBy());
    }

    Kind kind(String assessmentType) {
        String grouping = codes.list("assessment-type").flatMap(l -> l.values().stream().filter(v -> v.value().equals(assessmentType)).findFirst())
                .map(CodeLists.CodeValue::grouping).orElse("Needs");
        return switch (grouping) {
            case "Carer" -> Kind.CARER;
            case "Financial" -> Kind.FINANCIAL;
            case "Capacity" -> Kind.CAPACITY;
            default -> Kind.NEEDS;
        };
    }
}
