package org.openasc.people;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import org.openasc.platform.security.Role;
import org.openasc.testing.PagedList;
import org.openasc.testing.Api;
import org.openasc.testing.IntegrationTest;
import org.openasc.testing.TestDates;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A restricted person keeps their row in every list that names people (its clock is still someone's duty, and the figures
 * must add up), but for staff not named on the restriction the row identifies nobody: no name, council person ID, NHS number,
 * date of birth or postcode, and none of what was said, where, or by whom. Staff named on it see the row in full. Sealed
 * ({@code restricted}) and open people come from the one lookup every list uses, {@link PersonRecords#forList}.
 */
class RestrictedPeopleInListsTest extends IntegrationTest {

    @Test
    void safeguardingConcernsEnquiriesAndReviewsOfARestrictedPersonNameThemOnlyToStaffOnTheRestriction() {
        Api raiser = staffWith(Role.PRACTITIONER);
        Api team = staffWith(Role.SAFEGUARDING);
        Api named = staffWith(Role.SAFEGUARDING);
        JsonNode person = ListRows.person(raiser, "Sabine");
        String concern = ListRows.id(ListRows.concern(raiser, person));
        String enquiry = ListRows.enquiry(raiser, team, person);
        String review = ListRows.review(team, person);
        ListRows.restrict(staffWith(Role.TEAM_MANAGER), person, named);

        JsonNode sealedConcern = ListRows.row(PagedList.all(team, "/api/v1/safeguarding/concerns"), concern);
        showsNobody(sealedConcern, person, ListRows.WHAT_HAPPENED, "Her flat", "Agency told");
        assertThat(sealedConcern.path("screeningDueOn").asString()).as("the clock stays").isNotBlank();
        JsonNode sealedEnquiry = ListRows.row(PagedList.all(team, "/api/v1/safeguarding/enquiries"), enquiry);
        showsNobody(sealedEnquiry, person);
        assertThat(sealedEnquiry.path("allegations")).isEmpty();
        JsonNode sealedReview = ListRows.row(PagedList.all(team, "/api/v1/safeguarding/reviews"), review);
        showsNobody(sealedReview, person, "Police", "Share the learning");
        assertThat(sealedReview.path("referredOn").asString()).isEqualTo("1984-02-14");

        JsonNode openConcern = ListRows.row(PagedList.all(named, "/api/v1/safeguarding/concerns"), concern);
        showsThePerson(openConcern, person);
        assertThat(openConcern.path("whatHappened").asString()).isEqualTo(ListRows.WHAT_HAPPENED);
        JsonNode openEnquiry = ListRows.row(PagedList.all(named, "/api/v1/safeguarding/enquiries"), enquiry);
        showsThePerson(openEnquiry, person);
        assertThat(openEnquiry.path("allegations")).hasSize(1);
        JsonNode openReview = ListRows.row(PagedList.all(named, "/api/v1/safeguarding/reviews"), review);
        showsThePerson(openReview, person);
        assertThat(openReview.path("referrer").asString()).isEqualTo("Police");
        assertThat(openReview.path("actions")).hasSize(1);
    }

    @Test
    void complaintsAndSubjectAccessRequestsAboutARestrictedPersonNameThemOnlyToStaffOnTheRestriction() {
        Api officer = staffWith(Role.CUSTOMER_RELATIONS);
        Api named = staffWith(Role.CUSTOMER_RELATIONS);
        JsonNode person = ListRows.person(officer, "Corinne");
        String complainant = uniqueName("Mrs Complainant ");
        String requester = uniqueName("Mr Requester ");
        String complaint = ListRows.id(ListRows.complaint(officer, person, complainant));
        String request = ListRows.id(ListRows.subjectAccess(officer, person, requester));
        ListRows.restrict(staffWith(Role.TEAM_MANAGER), person, named);

        JsonNode sealedComplaint = ListRows.row(PagedList.all(officer, "/api/v1/feedback/complaints"), complaint);
        showsNobody(sealedComplaint, person, complainant, ListRows.ELEMENTS, "Call back within a day");
        assertThat(sealedComplaint.path("responseDueOn").asString()).as("the clock stays").isNotBlank();
        JsonNode sealedRequest = ListRows.row(officer.get("/api/v1/subject-access-requests").json(), request);
        showsNobody(sealedRequest, person, requester);
        assertThat(sealedRequest.path("dueOn").asString()).as("the clock stays").isNotBlank();
        String page = new org.openasc.testing.Session(port, officer).page("/subject-access-requests").body();
        assertThat(page).contains("Restricted record").doesNotContain(person.path("familyName").asString());

        JsonNode openComplaint = ListRows.row(PagedList.all(named, "/api/v1/feedback/complaints"), complaint);
        showsThePerson(openComplaint, person);
        assertThat(openComplaint.path("complainant").asString()).isEqualTo(complainant);
        assertThat(openComplaint.path("elements").asString()).isEqualTo(ListRows.ELEMENTS);
        assertThat(openComplaint.path("lessons")).hasSize(1);
        JsonNode openRequest = ListRows.row(named.get("/api/v1/subject-access-requests").json(), request);
        showsThePerson(openRequest, person);
        assertThat(openRequest.path("requestedBy").asString()).isEqualTo(requester);
    }

    @Test
    void theDolsWorkListFiguresAndReturnKeepARestrictedPersonsApplicationButNameThemOnlyToStaffOnTheRestriction() {
        Api dols = staffWith(Role.DOLS);
        Api named = staffWith(Role.DOLS);
        Api analyst = staffWith(Role.PERFORMANCE);
        Api namedAnalyst = staffWith(Role.PERFORMANCE);
        JsonNode person = ListRows.person(dols, "Delphine");
        String hospital = uniqueName("Shire Hospital ");
        JsonNode application = ListRows.dols(dols, person, hospital, ListRows.assessor(dols), true);
        String id = ListRows.id(application);
        ListRows.restrict(staffWith(Role.TEAM_MANAGER), person, named, namedAnalyst);
        String title = "Application " + application.path("applicationNumber").asLong() + ": ";

        JsonNode sealedRow = ListRows.row(PagedList.all(dols, "/api/v1/dols/applications"), id);
        showsNobody(sealedRow, person, hospital, "Objecting to the placement");
        assertThat(sealedRow.path("standardDueOn").asString()).as("the clock stays").isNotBlank();
        assertThat(standardDecisions(dols)).as("high priority and the oldest, so first on My work").startsWith(title + "Restricted record");
        JsonNode sealedFigure = ListRows.row(analyst.get("/api/v1/dols/figures/records?figure=waiting").json().path("records"), id);
        showsNobody(sealedFigure, person, hospital);
        assertThat(sealedFigure.has("councilPersonId")).isFalse();
        String personRef = person.path("personId").asString();
        int year = TestDates.today().getMonthValue() >= 4 ? TestDates.today().getYear() : TestDates.today().getYear() - 1;
        assertThat(dols.get("/api/v1/returns/dols.csv?financialYear=" + year).body().lines().filter(l -> l.split(",")[1].equals(personRef)))
                .as("a statutory return counts the restricted person by council person ID").hasSize(1);

        JsonNode openRow = ListRows.row(PagedList.all(named, "/api/v1/dols/applications"), id);
        showsThePerson(openRow, person);
        assertThat(openRow.path("managingAuthority").asString()).isEqualTo(hospital);
        assertThat(standardDecisions(named)).startsWith(title + person.path("givenName").asString() + " " + person.path("familyName").asString());
        JsonNode openFigure = ListRows.row(namedAnalyst.get("/api/v1/dols/figures/records?figure=waiting").json().path("records"), id);
        showsThePerson(openFigure, person);
        assertThat(openFigure.path("councilPersonId").asString()).isEqualTo(personRef);
        assertThat(openFigure.path("managingAuthority").asString()).isEqualTo(hospital);
        ListRows.withdraw(named, application);
    }

    /** The first item's title on the DoLS team's list of standard applications waiting for a decision. */
    private static String standardDecisions(Api dols) {
        for (JsonNode list : dols.get("/api/v1/my-work").json().path("items")) {
            if ("liberty.standard-decisions".equals(list.path("key").asString())) {
                return list.path("items").path(0).path("title").asString();
            }
        }
        throw new AssertionError("No list of standard applications for " + dols.username());
    }

    /** The row is there, named "Restricted record", with nothing that identifies the person and none of what was said. */
    private static void showsNobody(JsonNode row, JsonNode person, String... said) {
        assertThat(row.path("personName").asString()).isEqualTo("Restricted record");
        String text = row.toString();
        assertThat(text).doesNotContain(person.path("familyName").asString()).doesNotContain(person.path("givenName").asString())
                .doesNotContain("\"" + person.path("personId").asString() + "\"").doesNotContain(person.path("nhsNumber").asString())
                .doesNotContain(person.path("postcode").asString()).doesNotContain(person.path("dateOfBirth").asString());
        for (String detail : said) {
            assertThat(text).doesNotContain(detail);
        }
    }

    private static void showsThePerson(JsonNode row, JsonNode person) {
        assertThat(row.path("personName").asString()).isEqualTo(person.path("givenName").asString() + " " + person.path("familyName").asString());
        assertThat(row.path("sealed").asBoolean(false)).isFalse();
    }
}
