package org.openasc.platform.work;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import org.openasc.platform.security.Access;

/** The signed-in member of staff's work from every module, in the order of the person's journey. */
@Service
public class MyWork {

    private static final List<String> JOURNEY = List.of("frontdoor", "assessment", "support", "casework", "safeguarding", "liberty", "feedback",
            "finance", "performance", "risk", "committee");

    private final List<WorkSource> sources;

    MyWork(List<WorkSource> sources) {
        this.sources = sources.stream().sorted(java.util.Comparator.comparingInt(MyWork::rank)).toList();
    }

    @PreAuthorize(Access.SIGNED_IN)
    public List<WorkList> lists() {
        return sources.stream().flatMap(s -> s.work().stream()).toList();
    }

    private static int rank(WorkSource source) {
        String module = source.getClass().getPackageName().substring("org.openasc.".length()).split("\\.")[0];
        return JOURNEY.contains(module) ? JOURNEY.indexOf(module) : JOURNEY.size();
    }
}
