package org.openasc.frontdoor;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class FrontDoorConfiguration {

    /** Used only while no module records long-term services: nobody then has open long-term support. */
    @Bean
    @ConditionalOnMissingBean
    LongTermSupport noLongTermSupportRecorded() {
        return (personId, date) -> false;
    }
}
