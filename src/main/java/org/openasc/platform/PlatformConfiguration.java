package org.openasc.platform;

import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;

import org.openasc.platform.calendar.WorkingDayCalendar;

/** Wires the platform's shared beans: the clock and the working-day calendar. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PlatformProperties.class)
@EnableAsync
class PlatformConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    WorkingDayCalendar workingDayCalendar() {
        return WorkingDayCalendar.englandAndWales();
    }
}
