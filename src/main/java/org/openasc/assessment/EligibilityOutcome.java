package org.openasc.assessment;

import java.util.List;

/**
 * The outcomes in the Care and Support (Eligibility Criteria) Regulations 2015: the ten in
 * regulation 2(2) for adults needing care and the eight in regulation 3(2) for carers.
 */
public enum EligibilityOutcome {
    NUTRITION("Managing and maintaining nutrition", true, true),
    PERSONAL_HYGIENE("Maintaining personal hygiene", true, false),
    TOILET_NEEDS("Managing toilet needs", true, false),
    CLOTHING("Being appropriately clothed", true, false),
    HOME_SAFELY("Being able to make use of the home safely", true, false),
    HABITABLE_HOME("Maintaining a habitable home environment", true, true),
    RELATIONSHIPS("Developing and maintaining family or other personal relationships", true, true),
    WORK_AND_LEARNING("Accessing and engaging in work, training, education or volunteering", true, true),
    COMMUNITY("Making use of necessary facilities or services in the local community, including public transport and recreational facilities", true, true),
    CARING_FOR_A_CHILD("Carrying out any caring responsibilities for a child", true, true),
    CARING_FOR_OTHERS("Providing care to other persons for whom the carer provides care", false, true),
    RECREATION("Engaging in recreational activities", false, true);

    private final String label;
    private final boolean adult;
    private final boolean carer;

    EligibilityOutcome(String label, boolean adult, boolean carer) {
        this.label = label;
        this.adult = adult;
        this.carer = carer;
    }

    public String label() {
        return label;
    }

    public static List<EligibilityOutcome> forAdults() {
        return java.util.Arrays.stream(values()).filter(o -> o.adult).toList();
    }

    public static List<EligibilityOutcome> forCarers() {
        return java.util.Arrays.stream(values()).filter(o -> o.carer).toList();
    }
}
