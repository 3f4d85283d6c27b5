package org.openasc.platform.records;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Each module's versioned tables name a table in that module's own schema, and only those that record no changer say so. */
class VersionedTableTest {

    @Test
    void aConstantNamesTheTableOfItsOwnModulesSchema() {
        assertThat(Stream.of(org.openasc.support.domain.Versioned.values(), org.openasc.safeguarding.domain.Versioned.values(),
                        org.openasc.liberty.domain.Versioned.values(), org.openasc.frontdoor.domain.Versioned.values(),
                        org.openasc.assessment.domain.Versioned.values(), org.openasc.feedback.domain.Versioned.values(),
                        org.openasc.risk.domain.Versioned.values())
                .flatMap(Stream::of).map(t -> t.qualifiedName() + (t.recordsChanger() ? "" : " (no changer)")))
                .containsExactly("support.service", "support.package_request (no changer)", "safeguarding.enquiry", "safeguarding.sar",
                        "liberty.application", "frontdoor.support_request", "assessment.assessment", "feedback.complaint", "risk.risk");
    }
}
