package org.openasc.assessment.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The Mental Capacity Act 2005 test for one decision (sections 2 and 3): the person lacks capacity
 * only if they are unable to make the decision (understand, retain, use or weigh the information,
 * or communicate their decision) because of an impairment of, or disturbance in the functioning
 * of, the mind or brain. Capacity is presumed: undetermined answers never mean "lacks capacity".
 */
public final class CapacityTest {

    /** The answers to the two-stage test. */
    public record Answers(Boolean impairment, Boolean unableToUnderstand, Boolean unableToRetain, Boolean unableToWeigh,
                          Boolean unableToCommunicate, Boolean causedByImpairment) {
    }

    /** The outcome: lacks capacity (true), has capacity (false) or undetermined (null), with reasons. */
    public record Outcome(Boolean lacksCapacity, List<String> reasons) {
    }

    private CapacityTest() {
    }

    public static Outcome of(Answers a) {
        if (a == null || a.impairment() == null || a.unableToUnderstand() == null || a.unableToRetain() == null
                || a.unableToWeigh() == null || a.unableToCommunicate() == null) {
            return new Outcome(null, List.of("Not yet determined: answer both stages of the test"));
        }
        List<String> unable = new ArrayList<>();
        if (a.unableToUnderstand()) {
            unable.add("understand the information relevant to the decision");
        }
        if (a.unableToRetain()) {
            unable.add("retain that information");
        }
        if (a.unableToWeigh()) {
            unable.add("use or weigh that information");
        }
        if (a.unableToCommunicate()) {
            unable.add("communicate the decision");
        }
        if (unable.isEmpty()) {
            return new Outcome(false, List.of("Has capacity for this decision: able to understand, retain, use or weigh the information and communicate the decision"));
        }
        if (!a.impairment()) {
            return new Outcome(false, List.of("Has capacity for this decision in law: unable to " + String.join(", ", unable)
                    + ", but not because of an impairment of the mind or brain"));
        }
        if (a.causedByImpairment() == null) {
            return new Outcome(null, List.of("Not yet determined: say whether the inability is because of the impairment"));
        }
        if (!a.causedByImpairment()) {
            return new Outcome(false, List.of("Has capacity for this decision in law: the inability to decide is not because of the impairment"));
        }
        return new Outcome(true, List.of("Lacks capacity for this decision: unable to " + String.join(", ", unable)
                + " because of an impairment of, or disturbance in the functioning of, the mind or brain",
                "A best-interests decision must be recorded (Mental Capacity Act 2005, section 4)"));
    }
}
