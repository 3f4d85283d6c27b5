package org.openasc.platform.schedule;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How often a node looks for due work, and the name it records against each run (defaults to process@host,
 * which tells nodes apart behind a load balancer).
 */
@ConfigurationProperties("openasc.scheduling")
record SchedulingProperties(Duration pollingInterval, String nodeName) {

    SchedulingProperties {
        pollingInterval = pollingInterval == null ? Duration.ofSeconds(10) : pollingInterval;
        nodeName = nodeName == null || nodeName.isBlank() ? java.lang.management.ManagementFactory.getRuntimeMXBean().getName() : nodeName;
    }
}
