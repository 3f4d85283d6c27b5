package org.openasc.platform.schedule;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.logging.LogLevel;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.openasc.platform.security.WithoutStaffCheck;

/**
 * Runs every declared {@link ScheduledWork} through db-scheduler on the shared database: each due run is claimed
 * by one node (a row lock on {@code platform.scheduled_tasks}), a node that dies mid-run is noticed by its missed
 * heartbeats and the run revived elsewhere. Started once the application is ready (migrations and the demo loaded),
 * stopped before the database pool closes.
 */
@Component
@EnableConfigurationProperties(SchedulingProperties.class)
@WithoutStaffCheck("starts and stops the database-backed scheduler with the application")
class ClusterScheduler implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ClusterScheduler.class);
    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final List<ScheduledWork> declared;
    private final Scheduler scheduler;
    private final Clock clock;
    private volatile boolean running;

    ClusterScheduler(DataSource dataSource, List<ScheduledWork> declared, ScheduledRuns runs, SchedulingProperties properties, Clock clock) {
        this.declared = declared;
        this.clock = clock;
        List<RecurringTask<Void>> tasks = declared.stream().map(work -> task(work, runs, properties.nodeName())).toList();
        this.scheduler = Scheduler.create(dataSource)
                .tableName("platform.scheduled_tasks")
                .schedulerName(properties::nodeName)
                .pollingInterval(properties.pollingInterval())
                .threads(2)
                .failureLogging(LogLevel.DEBUG, false)
                .startTasks(tasks)
                .build();
    }

    private static RecurringTask<Void> task(ScheduledWork work, ScheduledRuns runs, String node) {
        return Tasks.recurring(work.name(), Schedules.cron(work.cron(), UK)).execute((instance, context) -> {
            long run = runs.started(work.name(), node);
            try {
                work.work().run();
                runs.finished(run, true);
            } catch (RuntimeException e) {
                runs.finished(run, false);
                // The exception's class only: a database error's message can carry row values.
                log.warn("Scheduled work {} failed ({}); it runs again at its next time", work.name(), e.getClass().getSimpleName());
                throw e;
            }
        });
    }

    @EventListener(ApplicationReadyEvent.class)
    void ready() {
        scheduler.start();
        running = true;
        declared.stream().filter(ScheduledWork::afterStart).forEach(work -> {
            // Bring the next run forward to now; whichever node claims it runs it, and the cron sets the one after.
            if (!scheduler.reschedule(TaskInstanceId.of(work.name(), RecurringTask.INSTANCE), clock.instant())) {
                log.info("Scheduled work {} is already running elsewhere; not brought forward", work.name());
            }
        });
    }

    @Override
    public void start() {
        // Started on ApplicationReadyEvent instead: nothing may run before migrations and start-up data.
    }

    @Override
    public void stop() {
        if (running) {
            scheduler.stop();
            running = false;
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
