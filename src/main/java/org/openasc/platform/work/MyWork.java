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

    /**
     * One connection for the whole page: the sources' twenty-odd small queries would otherwise each wait their turn for a
     * connection from the pool again, which under load (a full pool) makes the home page the slowest page of all.
     */
    @PreAuthorize(Access.SIGNED_IN)
    @org.springframework.transaction.annotation.Transactional(readOnly = true)
    public List<WorkList> lists() {
        return sources.stream().flatMap(s -> s.work().stream()).toList();
    }
}
