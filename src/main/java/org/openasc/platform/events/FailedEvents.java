package org.openasc.platform.events;

import java.time.Duration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;

import org.openasc.platform.schedule.ScheduledWork;

/**
 * A listener that failed (the database briefly away, say) is tried again every 10 minutes rather than at the next start
 * only: a concern not opened from its contact, or a service left running after a death, must not wait for a release.
 * Publications failed less than 5 minutes ago are left, so one being retried is not retried twice at once. Listeners
 * change the record once however often they run, so a retry is safe.
 */
@Configuration(proxyBeanMethods = false)
class FailedEvents {

    static final Duration MIN_AGE = Duration.ofMinutes(5);

    @Bean
    ScheduledWork resubmitFailedEvents(FailedEventPublications failed) {
        return new ScheduledWork("failed-events", "0 */10 * * * *", false,
                () -> failed.resubmit(ResubmissionOptions.defaults().withMinAge(MIN_AGE)));
    }
}
