package org.openasc.assessment.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.openasc.assessment.EligibilityOutcome;

/**
 * The eligibility determination, computed from the practitioner's answers exactly as the Care and
 * Support (Eligibility Criteria) Regulations 2015 set it out, with the reasons a person can read.
 * Undetermined (null) until every outcome and question has an answer.
 */
public final class Eligibility {

    /** One outcome as answered: unable to achieve it; needs arise from impairment or illness; significant impact on wellbeing. */
    public record Answer(boolean unable, Boolean arisesFromImpairment, Boolean significantImpact) {
    }

    /** The carer's three questions under regulation 3(1). */
    public record CarerAnswers(Boolean needsFromCaring, Boolean healthAtRisk, Boolean significantImpact) {
    }

    /** The determination: eligible, not eligible or undetermined (null), with its reasons. */
    public record Determination(Boolean eligible, List<String> reasons) {
    }

    private Eligibility() {
    }

    /**
     * Regulation 2(1): needs arise from or relate to a physical or mental impairment or illness; as
     * a result the adult is unable to achieve two or more of the outcomes; and as a consequence
     * there is, or is likely to be, a significant impact on their wellbeing.
     */
    public static Determination adult(Map<EligibilityOutcome, Answer> answers) {
        List<EligibilityOutcome> outcomes = EligibilityOutcome.forAdults();
        List<String> missing = outcomes.stream().filter(o -> !answered(answers.get(o))).map(EligibilityOutcome::label).toList();
        if (!missing.isEmpty()) {
            return new Determination(null, List.of("Not yet determined: answer every outcome (" + missing.size() + " to go, starting with "
                    + missing.get(0) + ")"));
        }
        List<String> unable = new ArrayList<>();
        List<String> withImpact = new ArrayList<>();
        for (EligibilityOutcome o : outcomes) {
            Answer a = answers.get(o);
            if (a.unable() && Boolean.TRUE.equals(a.arisesFromImpairment())) {
                unable.add(o.label());
                if (Boolean.TRUE.equals(a.significantImpact())) {
                    withImpact.add(o.label());
                }
            }
        }
        List<String> reasons = new ArrayList<>();
        reasons.add(unable.isEmpty() ? "Able to achieve every outcome, or any difficulty does not arise from a physical or mental impairment or illness"
                : "Unable to achieve " + unable.size() + (unable.size() == 1 ? " outcome" : " outcomes")
                + " because of a physical or mental impairment or illness: " + String.join("; ", unable));
        boolean twoOrMore = unable.size() >= 2;
        if (!twoOrMore) {
            reasons.add("Not eligible: regulation 2(1)(b) needs two or more outcomes the person cannot achieve because of an impairment or illness");
            return new Determination(false, reasons);
        }
        if (withImpact.isEmpty()) {
            reasons.add("Not eligible: being unable to achieve these outcomes has no significant impact on the person's wellbeing (regulation 2(1)(c))");
            return new Determination(false, reasons);
        }
        reasons.add("Significant impact on wellbeing from: " + String.join("; ", withImpact));
        reasons.add("Eligible: meets all three conditions of regulation 2(1)");
        return new Determination(true, reasons);
    }

    /**
     * Regulation 3(1): the carer's needs arise from providing necessary care; as a result their
     * physical or mental health is deteriorating or at risk of doing so, or they are unable to
     * achieve any of the carer outcomes; and as a consequence there is, or is likely to be, a
     * significant impact on their wellbeing.
     */
    public static Determination carer(Map<EligibilityOutcome, Answer> answers, CarerAnswers carer) {
        List<EligibilityOutcome> outcomes = EligibilityOutcome.forCarers();
        long missing = outcomes.stream().filter(o -> answers.get(o) == null).count();
        if (missing > 0 || carer == null || carer.needsFromCaring() == null || carer.healthAtRisk() == null || carer.significantImpact() == null) {
            return new Determination(null, List.of("Not yet determined: answer the three carer questions and whether each of the "
                    + outcomes.size() + " carer outcomes can be achieved"));
        }
        List<String> unable = outcomes.stream().filter(o -> answers.get(o).unable()).map(EligibilityOutcome::label).toList();
        List<String> reasons = new ArrayList<>();
        if (!carer.needsFromCaring()) {
            reasons.add("Not eligible: the carer's needs do not arise from providing necessary care to an adult (regulation 3(1)(a))");
            return new Determination(false, reasons);
        }
        reasons.add("Needs arise from providing necessary care");
        if (carer.healthAtRisk()) {
            reasons.add("The carer's physical or mental health is deteriorating or at risk of doing so");
        }
        if (!unable.isEmpty()) {
            reasons.add("Unable to achieve: " + String.join("; ", unable));
        }
        if (!carer.healthAtRisk() && unable.isEmpty()) {
            reasons.add("Not eligible: the carer's health is not at risk and they can achieve every carer outcome (regulation 3(1)(b))");
            return new Determination(false, reasons);
        }
        if (!carer.significantImpact()) {
            reasons.add("Not eligible: no significant impact on the carer's wellbeing (regulation 3(1)(c))");
            return new Determination(false, reasons);
        }
        reasons.add("Significant impact on the carer's wellbeing");
        reasons.add("Eligible: meets all three conditions of regulation 3(1)");
        return new Determination(true, reasons);
    }

    private static boolean answered(Answer a) {
        return a != null && (!a.unable() || (a.arisesFromImpairment() != null && a.significantImpact() != null));
    }
}
