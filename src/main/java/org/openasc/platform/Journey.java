package org.openasc.platform;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The order of a person's journey through the modules, the one order in which the chronology's filter, the subject access
 * bundle, disposal and My work list what each module contributes.
 */
public final class Journey {

    private static final List<String> MODULES = List.of("people", "frontdoor", "assessment", "support", "casework", "safeguarding", "liberty",
            "feedback", "finance", "performance", "risk", "committee");

    private Journey() {
    }

    /** Each module's contribution (a bean in that module) in journey order; a module not on the journey comes last. */
    public static <T> List<T> inOrder(Collection<T> contributions) {
        return contributions.stream().sorted(Comparator.comparingInt(Journey::rank)).toList();
    }

    private static int rank(Object contribution) {
        String module = contribution.getClass().getPackageName().replaceFirst("^org\\.openasc\\.", "").split("\\.")[0];
        return MODULES.contains(module) ? MODULES.indexOf(module) : MODULES.size();
    }
}
