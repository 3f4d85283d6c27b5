package org.openasc.assessment;

import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.openasc.assessment.domain.CapacityTest;
import org.openasc.assessment.domain.Eligibility;
import org.openasc.assessment.domain.Eligibility.Answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openasc.assessment.EligibilityOutcome.CARING_FOR_OTHERS;
import static org.openasc.assessment.EligibilityOutcome.CLOTHING;
import static org.openasc.assessment.EligibilityOutcome.PERSONAL_HYGIENE;
import static org.openasc.assessment.EligibilityOutcome.RECREATION;

class EligibilityTest {

    private static final Answer ABLE = new Answer(false, null, null);

    private static Map<EligibilityOutcome, Answer> adultAllAble() {
        Map<EligibilityOutcome, Answer> answers = new EnumMap<>(EligibilityOutcome.class);
        EligibilityOutcome.forAdults().forEach(o -> answers.put(o, ABLE));
        return answers;
    }

    private static Map<EligibilityOutcome, Answer> carerAllAble() {
        Map<EligibilityOutcome, Answer> answers = new EnumMap<>(EligibilityOutcome.class);
        EligibilityOutcome.forCarers().forEach(o -> answers.put(o, ABLE));
        return answers;
    }

    @Test
    void theRegulationsHaveTenAdultOutcomesAndEightCarerOutcomes() {
        assertThat(EligibilityOutcome.forAdults()).hasSize(10);
        assertThat(EligibilityOutcome.forCarers()).hasSize(8).contains(CARING_FOR_OTHERS, RECREATION).doesNotContain(PERSONAL_HYGIENE);
    }

    @Test
    void twoOutcomesUnachievableBecauseOfIllnessWithSignificantImpactIsEligible() {
        Map<EligibilityOutcome, Answer> answers = adultAllAble();
        answers.put(PERSONAL_HYGIENE, new Answer(true, true, true));
        answers.put(CLOTHING, new Answer(true, true, false));

        Eligibility.Determination d = Eligibility.adult(answers);

        assertThat(d.eligible()).isTrue();
        assertThat(d.reasons()).containsExactly(
                "Unable to achieve 2 outcomes because of a physical or mental impairment or illness: Maintaining personal hygiene; Being appropriately clothed",
                "Significant impact on wellbeing from: Maintaining personal hygiene",
                "Eligible: meets all three conditions of regulation 2(1)");
    }

    @Test
    void oneOutcomeIsNotEnough() {
        Map<EligibilityOutcome, Answer> answers = adultAllAble();
        answers.put(PERSONAL_HYGIENE, new Answer(true, true, true));

        Eligibility.Determination d = Eligibility.adult(answers);

        assertThat(d.eligible()).isFalse();
        assertThat(d.reasons().get(1)).contains("2(1)(b)", "two or more outcomes");
    }

    @Test
    void needsThatDoNotAriseFromImpairmentOrIllnessDoNotCount() {
        Map<EligibilityOutcome, Answer> answers = adultAllAble();
        answers.put(PERSONAL_HYGIENE, new Answer(true, false, true));
        answers.put(CLOTHING, new Answer(true, false, true));

        Eligibility.Determination d = Eligibility.adult(answers);

        assertThat(d.eligible()).isFalse();
        assertThat(d.reasons().get(0)).contains("does not arise from a physical or mental impairment or illness");
    }

    @Test
    void withoutSignificantImpactOnWellbeingThePersonIsNotEligible() {
        Map<EligibilityOutcome, Answer> answers = adultAllAble();
        answers.put(PERSONAL_HYGIENE, new Answer(true, true, false));
        answers.put(CLOTHING, new Answer(true, true, false));

        Eligibility.Determination d = Eligibility.adult(answers);

        assertThat(d.eligible()).isFalse();
        assertThat(d.reasons().get(1)).contains("no significant impact", "2(1)(c)");
    }

    @Test
    void anUnansweredOutcomeLeavesTheDeterminationOpen() {
        Map<EligibilityOutcome, Answer> answers = adultAllAble();
        answers.remove(CLOTHING);
        assertThat(Eligibility.adult(answers).eligible()).isNull();
        answers.put(CLOTHING, new Answer(true, null, true));
        assertThat(Eligibility.adult(answers).eligible()).isNull();
    }

    @Test
    void aCarerWhoseHealthIsAtRiskWithSignificantImpactIsEligible() {
        Eligibility.Determination d = Eligibility.carer(carerAllAble(), new Eligibility.CarerAnswers(true, true, true));
        assertThat(d.eligible()).isTrue();
        assertThat(d.reasons()).contains("Eligible: meets all three conditions of regulation 3(1)");
    }

    @Test
    void aCarerUnableToAchieveOneOutcomeIsEligibleWithoutHealthRisk() {
        Map<EligibilityOutcome, Answer> answers = carerAllAble();
        answers.put(RECREATION, new Answer(true, null, null));
        assertThat(Eligibility.carer(answers, new Eligibility.CarerAnswers(true, false, true)).eligible()).isTrue();
    }

    @Test
    void aCarerNeedsBothARiskOrUnachievedOutcomeAndSignificantImpactAndNeedsFromCaring() {
        assertThat(Eligibility.carer(carerAllAble(), new Eligibility.CarerAnswers(true, false, true)).reasons())
                .anyMatch(r -> r.contains("3(1)(b)"));
        assertThat(Eligibility.carer(carerAllAble(), new Eligibility.CarerAnswers(true, false, true)).eligible()).isFalse();
        assertThat(Eligibility.carer(carerAllAble(), new Eligibility.CarerAnswers(true, true, false)).eligible()).isFalse();
        assertThat(Eligibility.carer(carerAllAble(), new Eligibility.CarerAnswers(false, true, true)).eligible()).isFalse();
        assertThat(Eligibility.carer(carerAllAble(), new Eligibility.CarerAnswers(true, null, true)).eligible()).isNull();
    }

    @Test
    void aPersonLacksCapacityOnlyWhenUnableToDecideBecauseOfAnImpairment() {
        CapacityTest.Outcome lacks = CapacityTest.of(new CapacityTest.Answers(true, false, true, true, false, true));
        assertThat(lacks.lacksCapacity()).isTrue();
        assertThat(lacks.reasons().get(0)).contains("retain that information, use or weigh that information");
        assertThat(lacks.reasons().get(1)).contains("best-interests decision");

        assertThat(CapacityTest.of(new CapacityTest.Answers(true, false, false, false, false, null)).lacksCapacity()).isFalse();
        assertThat(CapacityTest.of(new CapacityTest.Answers(false, true, false, false, false, null)).lacksCapacity()).isFalse();
        assertThat(CapacityTest.of(new CapacityTest.Answers(true, true, false, false, false, false)).lacksCapacity()).isFalse();
        assertThat(CapacityTest.of(new CapacityTest.Answers(true, true, false, false, false, null)).lacksCapacity()).isNull();
        assertThat(CapacityTest.of(new CapacityTest.Answers(null, true, true, true, true, true)).lacksCapacity()).isNull();
    }
}
