package org.openasc.casework;

import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.openasc.platform.calendar.Today;
import org.openasc.platform.security.Role;
import org.openasc.testing.Api;
import org.openasc.testing.Browser;
import org.openasc.testing.IntegrationTest;
import org.openasc.testing.People;

import static org.assertj.core.api.Assertions.assertThat;

/** A practitioner writes a note with a mistake, saves it as a draft, finalises it and corrects it with an addendum. */
class CaseNotesJourneyBrowserTest extends IntegrationTest {

    @Autowired
    Clock clock;

    @Test
    void aNoteIsWrittenAndFinalisedAndALetterUploaded() throws Exception {
        Api practitioner = staffWith(Role.PRACTITIONER);
        String person = People.create(practitioner, "Pryce");
        LocalDate yesterday = Today.on(clock).minusDays(1);
        try (Browser browser = new Browser(port)) {
            browser.signIn(practitioner.username(), practitioner.password());
            browser.open("/people/" + person);
            browser.click("Case notes");
            assertThat(browser.text()).contains("There are no case notes you can see.");
            browser.checkAccessibility("case-notes-empty");
            browser.open("/people/" + person + "/notes");
            browser.date("occurredOn", yesterday);
            browser.type("occurredTime", "25:00");
            browser.select("type", "Visit");
            browser.click("Save the note");
            assertThat(browser.errorSummary()).containsExactly("Enter the time it happened, like 14:30", "Enter the note");
            browser.checkAccessibility("case-notes-errors");
            browser.type("occurredTime", "14:30");
            browser.type("present", "Mr Pryce and his son");
            browser.type("text", "Mr Pryce showed me the stairs he can no longer manage.");
            browser.click("Save the note");
            assertThat(browser.text()).contains("Case note saved as a draft").contains("Visit,").contains("14:30").contains("Draft");
            browser.click(browser.text().lines().filter(l -> l.startsWith("Finalise note")).findFirst().orElseThrow().strip());
            assertThat(browser.text()).contains("finalised").doesNotContain("Finalise note");
            browser.checkAccessibility("case-notes-final");

            browser.open("/people/" + person);
            browser.click("Documents");
            java.nio.file.Path letter = java.nio.file.Files.createTempFile("gp-letter", ".pdf");
            java.nio.file.Files.write(letter, DocumentsApiTest.PDF);
            browser.upload("file", letter);
            browser.click("Upload");
            assertThat(browser.errorSummary()).hasSize(3).contains("Enter the document's title", "Enter the date of the document")
                    .anyMatch(m -> m.startsWith("Select the kind of document"));
            browser.checkAccessibility("documents-errors");
            browser.type("title", "Letter from the GP about the stairs");
            browser.select("kind", "Letter");
            browser.date("datedOn", yesterday);
            browser.upload("file", letter);
            browser.click("Upload");
            assertThat(browser.text()).contains("Document uploaded").contains("Letter from the GP about the stairs").contains(letter.getFileName().toString());
            browser.checkAccessibility("documents-listed");

            browser.open("/people/" + person);
            browser.click("Chronology");
            assertThat(browser.text()).contains("Visit").contains("Mr Pryce showed me the stairs he can no longer manage.")
                    .contains("Letter: Letter from the GP about the stairs").contains("Record opened");
            browser.checkAccessibility("chronology");
            browser.choose("filter");
            browser.date("from", yesterday.plusDays(1));
            browser.date("to", yesterday);
            browser.click("Show");
            assertThat(browser.errorSummary()).containsExactly("The first day must be on or before the last day");
            browser.checkAccessibility("chronology-errors");
            browser.date("from", yesterday);
            browser.tick("types", "DOCUMENT");
            browser.click("Show");
            assertThat(browser.text()).contains("1 entry").contains("Letter from the GP about the stairs").doesNotContain("Record opened");
        }
    }
}
