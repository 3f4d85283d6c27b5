package org.openasc.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Whether to load the synthetic council on first start, how many people, and the seed that makes it repeatable. */
@ConfigurationProperties("openasc.demo")
record DemoProperties(boolean enabled, int people, long seed) {
}
