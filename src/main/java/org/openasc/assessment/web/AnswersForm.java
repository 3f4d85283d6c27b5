package org.openasc.assessment.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.openasc.assessment.AssessmentCommands;
import org.openasc.assessment.AssessmentView;
import org.openasc.assessment.EligibilityOutcome;

/**
 * The answers page as flat form fields: {@code unable.NUTRITION}, {@code arises.NUTRITION} and
 * {@code impact.NUTRITION} as "yes" or "no" per outcome, the carer and capacity questions likewise.
 */
final class AnswersForm {

    private AnswersForm() {
    }

    static Map<String, String> of(AssessmentView a) {
        Map<String, String> form = new HashMap<>();
        form.put("version", String.valueOf(a.version()));
        put(form, "method", a.method());
        put(form, "notes", a.notes());
        a.outcomes().forEach(o -> {
            put(form, "unable." + o.outcome(), yesNo(o.unable()));
            put(form, "arises." + o.outcome(), yesNo(o.arisesFromImpairment()));
            put(form, "impact." + o.outcome(), yesNo(o.significantImpact()));
        });
        if (a.carer() != null) {
            put(form, "carer.needsFromCaring", yesNo(a.carer().needsFromCaring()));
            put(form, "carer.healthAtRisk", yesNo(a.carer().healthAtRisk()));
            put(form, "carer.significantImpact", yesNo(a.carer().significantImpact()));
        }
        if (a.capacity() != null) {
            var c = a.capacity();
            put(form, "capacity.decision", c.decision());
            put(form, "capacity.impairment", yesNo(c.impairment()));
            put(form, "capacity.unableToUnderstand", yesNo(c.unableToUnderstand()));
            put(form, "capacity.unableToRetain", yesNo(c.unableToRetain()));
            put(form, "capacity.unableToWeigh", yesNo(c.unableToWeigh()));
            put(form, "capacity.unableToCommunicate", yesNo(c.unableToCommunicate()));
            put(form, "capacity.causedByImpairment", yesNo(c.causedByImpairment()));
            put(form, "capacity.bestInterestsDecision", c.bestInterestsDecision());
        }
        return form;
    }

    static AssessmentCommands.Answers read(AssessmentView.Kind kind, Map<String, String> form) {
        List<AssessmentCommands.OutcomeAnswer> outcomes = new ArrayList<>();
        List<EligibilityOutcome> list = kind == AssessmentView.Kind.CARER ? EligibilityOutcome.forCarers()
                : kind == AssessmentView.Kind.NEEDS ? EligibilityOutcome.forAdults() : List.of();
        for (EligibilityOutcome o : list) {
            Boolean unable = bool(form.get("unable." + o.name()));
            if (unable != null) {
                outcomes.add(new AssessmentCommands.OutcomeAnswer(o.name(), unable, bool(form.get("arises." + o.name())),
                        bool(form.get("impact." + o.name()))));
            }
        }
        AssessmentCommands.CarerQuestions carer = kind == AssessmentView.Kind.CARER
                ? new AssessmentCommands.CarerQuestions(bool(form.get("carer.needsFromCaring")), bool(form.get("carer.healthAtRisk")),
                        bool(form.get("carer.significantImpact"))) : null;
        AssessmentCommands.CapacityQuestions capacity = kind == AssessmentView.Kind.CAPACITY
                ? new AssessmentCommands.CapacityQuestions(form.get("capacity.decision"), bool(form.get("capacity.impairment")),
                        bool(form.get("capacity.unableToUnderstand")), bool(form.get("capacity.unableToRetain")),
                        bool(form.get("capacity.unableToWeigh")), bool(form.get("capacity.unableToCommunicate")),
                        bool(form.get("capacity.causedByImpairment")), form.get("capacity.bestInterestsDecision")) : null;
        Integer version;
        try {
            version = Integer.valueOf(form.getOrDefault("version", ""));
        } catch (NumberFormatException e) {
            version = null;
        }
        return new AssessmentCommands.Answers(version, form.getOrDefault("method", ""), outcomes, carer, capacity, form.getOrDefault("notes", ""));
    }

    private static Boolean bool(String s) {
        return "yes".equals(s) ? Boolean.TRUE : "no".equals(s) ? Boolean.FALSE : null;
    }

    private static String yesNo(Boolean b) {
        return b == null ? null : b ? "yes" : "no";
    }

    private static void put(Map<String, String> form, String key, String value) {
        if (value != null) {
            form.put(key, value);
        }
    }
}
