package org.openasc.imports;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import org.openasc.platform.security.Role;
import org.openasc.returns.domain.CldFields;
import org.openasc.testing.Api;
import org.openasc.testing.Browser;
import org.openasc.testing.CldRecords;
import org.openasc.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The performance team checks a file from the previous system on the page, sees the row it refuses, and checks a good one. */
class CldImportJourneyBrowserTest extends IntegrationTest {

    @Test
    void aFileIsCheckedOnThePageAndABadRowIsNamedByLine() throws Exception {
        long team = newTeam("Import journey ");
        Api performance = staffWith(Role.PERFORMANCE);
        long person = 970_000_000L + ThreadLocalRandom.current().nextLong(9_000_000L);
        Path bad = Files.createTempFile("cld-bad", ".csv");
        Path good = Files.createTempFile("cld-good", ".csv");
        try (Browser browser = new Browser(port)) {
            Files.writeString(bad, CldImportApiTest.write(List.of(CldImportApiTest.with(CldImportApiTest.row(person, CldRecords.newNhsNumber()),
                    CldFields.GENDER, "female"))));
            Files.writeString(good, CldImportApiTest.write(List.of(CldImportApiTest.row(person, CldRecords.newNhsNumber()))));
            browser.signIn(performance.username(), performance.password());
            browser.open("/imports/cld");
            assertThat(browser.heading()).isEqualTo("Bring in a Client Level Data file");
            browser.checkAccessibility("import");
            browser.click("Check the file");
            assertThat(browser.errorSummary()).containsExactly("Choose the CSV file to bring in");
            browser.upload("file", bad);
            browser.select("teamId", teamName(team));
            browser.click("Check the file");
            assertThat(browser.text()).contains("The file was refused: 1 problem, nothing brought in").contains("Gender")
                    .contains("'female' is not on the Gender list");
            browser.checkAccessibility("import-refused");
            browser.upload("file", good);
            browser.select("teamId", teamName(team));
            browser.click("Check the file");
            assertThat(browser.text()).contains("The file passed every check: 1 row would be brought in");
            browser.screenshot("import-checked");
        } finally {
            Files.deleteIfExists(bad);
            Files.deleteIfExists(good);
        }
        // Only checked: nobody was brought in.
        assertThat(jdbc.sql("select count(*) from people.person where person_number = :n").param("n", person).query(Long.class).single()).isZero();
    }
}
