package org.openasc.imports;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import org.openasc.platform.security.Role;
import org.openasc.returns.domain.CldFields;
import org.openasc.testing.Api;
import org.openasc.testing.Browser;
import org.openasc.testing.CldRecords;
import org.openasc.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A file saved by Excel as "CSV" (Windows-1252, "Zoë" as the bytes 5A 6F EB) is refused on its field, on the API and on the
 * page, and nothing is brought in; the same file saved as UTF-8 goes in. Its events are in 1995, as CldImportApiTest's.
 */
class CldImportEncodingBrowserTest extends IntegrationTest {

    static final String NOT_UTF8 = "The file is not UTF-8 text: save it as \"CSV UTF-8\" and try again";
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    @Test
    void aWindows1252FileIsRefusedOverTheApiAndAUtf8OneGoesIn() {
        long team = newTeam("Import encoding ");
        Api performance = staffWith(Role.PERFORMANCE);
        long person = 960_000_000L + ThreadLocalRandom.current().nextLong(9_000_000L);
        String csv = file(person);
        assertThat(csv.getBytes(WINDOWS_1252)).containsSequence(0x5A, 0x6F, 0xEB);

        Api.Response refused = performance.upload("/api/v1/imports/cld?teamId=" + team, Map.of(), "cld.csv", csv.getBytes(WINDOWS_1252));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.errorFor("file")).isEqualTo(NOT_UTF8);
        assertThat(brought(person)).isZero();

        Api.Response imported = performance.upload("/api/v1/imports/cld?teamId=" + team, Map.of(), "cld.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        assertThat(imported.json().path("created").path("services").asInt()).isOne();
        assertThat(brought(person)).isOne();
    }

    @Test
    void aWindows1252FileIsRefusedOnThePageByItsField() throws Exception {
        long team = newTeam("Import encoding journey ");
        Api performance = staffWith(Role.PERFORMANCE);
        long person = 960_000_000L + ThreadLocalRandom.current().nextLong(9_000_000L);
        Path excel = Files.createTempFile("cld-windows-1252", ".csv");
        try (Browser browser = new Browser(port)) {
            Files.write(excel, file(person).getBytes(WINDOWS_1252));
            browser.signIn(performance.username(), performance.password());
            browser.open("/imports/cld");
            browser.upload("file", excel);
            browser.select("teamId", teamName(team));
            browser.click("Bring the file in");
            assertThat(browser.errorSummary()).containsExactly(NOT_UTF8);
            assertThat(browser.errorSummaryLinkTarget(0)).isEqualTo("file");
        } finally {
            Files.deleteIfExists(excel);
        }
        assertThat(brought(person)).isZero();
    }

    /** One good row whose event reference names Zoë: a service that ended in 1995, so no later year counts it. */
    private static String file(long person) {
        Map<String, String> row = CldImportApiTest.with(CldImportApiTest.row(person, CldRecords.newNhsNumber()), CldFields.EVENT_REFERENCE, "Zoë-" + person);
        row = CldImportApiTest.with(CldImportApiTest.with(row, CldFields.EVENT_END, "30/06/1995"), CldFields.EVENT_OUTCOME, "NFA: Support ended as planned");
        return CldImportApiTest.write(List.of(row));
    }

    private long brought(long person) {
        return jdbc.sql("select count(*) from people.person where person_number = :n").param("n", person).query(Long.class).single();
    }
}
