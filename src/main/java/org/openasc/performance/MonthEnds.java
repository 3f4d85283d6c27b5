package org.openasc.performance;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

import org.openasc.platform.schedule.ScheduledWork;

/**
 * Declares the computed measures at start, then keeps every closed month's values: once after start (after the
 * demo council has loaded) and every night at 02:15, so a month's figure does not move when records are later
 * changed; and reads the month in progress of measures read on a timetable every quarter hour (and after start).
 * Scheduled work, so with several nodes one of them does it.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PerformanceProperties.class)
class MonthEnds {

    private static final Logger log = LoggerFactory.getLogger(MonthEnds.class);

    private final Measures measures;
    private final MeasureValues values;
    private final MonthToDate monthToDate;
    private final PerformanceProperties properties;

    MonthEnds(Measures measures, MeasureValues values, MonthToDate monthToDate, PerformanceProperties properties) {
        this.measures = measures;
        this.values = values;
        this.monthToDate = monthToDate;
        this.properties = properties;
    }

    @Bean
    @Order(5)
    ApplicationRunner declareMeasures() {
        return (ApplicationArguments args) -> measures.declareComputed();
    }

    @Bean
    ScheduledWork keepMonthEnds() {
        return new ScheduledWork("month-ends", "0 15 2 * * *", true, () -> {
            if (properties.keepMonthEnds()) {
                keep();
            }
        });
    }

    @Bean
    ScheduledWork readMonthToDate() {
        return new ScheduledWork("month-to-date", "0 */15 * * * *", true, () -> {
            if (properties.keepMonthEnds()) {
                log.info("Read the month to date of {} measures read on a timetable", monthToDate.readAll());
            }
        });
    }

    private void keep() {
        int kept = values.keepMonthEnds(properties.historyMonths());
        log.info("Kept {} month-end measure values", kept);
    }
}
