package org.openasc.performance;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Declares the computed measures at start, then keeps every closed month's values: once after start (after the
 * demo council has loaded) and every night, so a month's figure does not move when records are later changed.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
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

    @org.springframework.context.annotation.Bean
    @Order(5)
    ApplicationRunner declareMeasures() {
        return (ApplicationArguments args) -> measures.declareComputed();
    }

    @org.springframework.context.annotation.Bean
    @Order(20)
    ApplicationRunner keepAfterStart() {
        return (ApplicationArguments args) -> {
            if (properties.keepMonthEnds()) {
                Thread thread = new Thread(this::keep, "month-ends");
                thread.setDaemon(true);
                thread.start();
            }
        };
    }

    @Scheduled(cron = "0 15 2 * * *", zone = "Europe/London")
    void nightly() {
        if (properties.keepMonthEnds()) {
            keep();
        }
    }

    private void keep() {
        try {
            int kept = values.keepMonthEnds(properties.historyMonths());
            log.info("Kept {} month-end measure values", kept);
        } catch (RuntimeException e) {
            log.warn("Keeping month-end measure values failed; the next run will try again", e);
        }
    }
}
