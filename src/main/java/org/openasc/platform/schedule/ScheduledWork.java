package org.openasc.platform.schedule;

import java.util.Objects;

/**
 * Work a module wants done on a timetable (a cron expression in UK time), declared as a bean. However many nodes
 * run, each due run happens on one of them; {@code afterStart} also asks for a run once the application is ready
 * (work that catches up, such as keeping month-end figures after a restart).
 */
public record ScheduledWork(String name, String cron, boolean afterStart, Runnable work) {

    public ScheduledWork {
        Objects.requireNonNull(name);
        Objects.requireNonNull(cron);
        Objects.requireNonNull(work);
    }
}
