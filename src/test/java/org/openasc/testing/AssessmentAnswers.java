package org.openasc.testing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.openasc.assessment.EligibilityOutcome;

/** The ten adult outcomes as the API takes them: the named ones unable, from illness, with significant impact; the rest able. */
public final class AssessmentAnswers {

    private AssessmentAnswers() {
    }

    public static List<Map<String, Object>> unable(String... outcomesUnable) {
        List<Map<String, Object>> outcomes = new ArrayList<>();
        for (EligibilityOutcome o : EligibilityOutcome.forAdults()) {
            Map<String, Object> a = new HashMap<>();
            a.put("outcome", o.name());
            boolean unable = List.of(outcomesUnable).contains(o.name());
            a.put("unable", unable);
            if (unable) {
                a.put("arisesFromImpairment", true);
                a.put("significantImpact", true);
            }
            outcomes.add(a);
        }
        return outcomes;
    }
}
