package org.openasc.platform.work;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import org.openasc.platform.security.Access;

/** The signed-in member of staff's work from every module, in the order of the person's journey. */
@Service
public class MyWork {

    private final List<WorkSource> sources;

    MyWork(List<WorkSource> sources) {
        this.sources = org.openasc.platform.Journey.inOrder(sources);
    }

    @PreAuthorize(Access.SIGNED_IN)
    public List<WorkList> lists() {
        return sources.stream().flatMap(s -> s.work().stream()).toList();
    }
}
