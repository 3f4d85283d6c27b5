package org.openasc.platform.work;

import java.util.List;

/**
 * What one module asks of the signed-in member of staff: its work lists for their role and teams (none
 * when the role has nothing to do there). Each list counts everything on it and shows its most urgent
 * items with their clocks; a module reads its own records by its own rules, and audits nothing (a work
 * list names records, it does not open them). A bounded number of queries, whatever the caseload.
 */
public interface WorkSource {

    List<WorkList> work();
}
