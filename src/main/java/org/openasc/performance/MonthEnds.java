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
 * changed. Scheduled work, so with several nodes one of them does it.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PerformanceProperties.class)
class MonthEnds {

    private static final Logger log = LoggerFactory.getLogger(MonthEnds.class);

    private final Measures measures;
    private final MeasureValues values;
    private final PerformanceProperties properties;

    MonthEnds(Measures measures, MeasureValues values, PerformanceProperties properties) {
        this.measures = measures;
        this.values = values;
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

    private void keep() {
        int kept = values.keepMonthEnds(properties.historyMonths());
        log.info("Kept {} month-end measure values", kept);
    }
}
