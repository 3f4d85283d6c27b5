package org.openasc.casework;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import org.openasc.platform.security.Role;
import org.openasc.platform.web.DateDisplay;
import org.openasc.safeguarding.SafeguardingApiTest;
import org.openasc.testing.Api;
import org.openasc.testing.AssessmentAnswers;
import org.openasc.testing.CareAndSupport;
import org.openasc.testing.IntegrationTest;
import org.openasc.testing.People;
import org.openasc.testing.TestDates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A person's chronology (issue 16): one timeline from every module, each module's rules deciding what the reader sees,
 * filters by type, UK day and significance, bad input refused field by field, restriction and audit, and the printed PDF.
 *
 * <p>The first test builds one person through every module's API, on days counted back from today (T), and reads the
 * chronology as someone who may see everything (safeguarding team, DoLS team and customer relations at once). Counted by
 * hand, newest first (the default), 32 entries, 5 of them significant (*):
 *
 * <pre>
 *  #  when           type                 title                                                      link
 *  1  now            ASSESSMENT_DECISION  Eligibility authorised: Long term assessment              /assessments/{a}
 *  2  now            PERSON               Record opened                                             /people/{p}
 *  3  T-3            COMPLAINT_RESPONSE   Complaint answered: Upheld                                /feedback/complaints/{c}
 *  4  T-5            ENQUIRY_CONCLUDED    Section 42 enquiry concluded: Substantiated               /safeguarding/enquiries/{e}
 *  5  T-8            DOLS_ENDING          DoLS authorisation ended                                  /dols/applications/{d}
 *  6  T-10           SERVICE              Service ended: Home Support                               /services/{s}
 *  7  T-12 10:00     NOTE                 Phone call                                                /people/{p}/notes#note-{n2}
 *     (T-13          a draft note: not yet part of the record, so not in the chronology)
 *  8  T-14           DOCUMENT             Letter: Letter from the GP                                /documents/{doc}
 *  9  T-15 14:00     NOTE               * Visit: change in health                                   /people/{p}/notes#note-{n1}
 * 10  T-16           COMPLAINT            Complaint received                                        /feedback/complaints/{c}
 * 11  T-18           DISCHARGE            Discharged from hospital: Anytown General                 /discharges/{h}
 * 12  T-20           DISCHARGE          * In hospital, referred for discharge: Anytown General      /discharges/{h}
 * 13  T-22 18:30     MHA_ASSESSMENT     * Mental Health Act assessment: Detained under section 2    (none)
 * 14  T-22 10:00     MHA_ASSESSMENT       Mental Health Act assessment requested                    (none)
 * 15  T-24           SCREENING            Concern screened: Section 42 enquiry                      /safeguarding/concerns/{k}
 * 16  T-24           ENQUIRY              Section 42 enquiry started                                /safeguarding/enquiries/{e}
 * 17  T-25 16:45     CONCERN            * Safeguarding concern received                             /safeguarding/concerns/{k}
 * 18  T-30           SERVICE_CHANGE       Service changed: Home Support                             /services/{s}
 * 19  T-35           REVIEW               Review held: Planned                                      /people/{p}/support
 * 20  T-40           SERVICE              Service started: Home Support                             /services/{s}
 * 21  T-45           ASSESSMENT_DECISION  Assessment completed: Long term assessment                /assessments/{a}
 * 22  T-50           REQUEST_STAGE        Request stage: Assessment in progress                     /requests/{r}
 * 23  T-50           ASSESSMENT           Assessment started: Long term assessment                  /assessments/{a}
 * 24  T-57           REQUEST_STAGE        Request stage: Awaiting assessment                        /requests/{r}
 * 25  T-57           REQUEST_ALLOCATION   Request allocated: {team}                                 /requests/{r}
 * 26  T-58           REQUEST_STAGE        Request stage: Awaiting allocation                        /requests/{r}
 * 27  T-58           REQUEST_PRIORITY     Request prioritised: High                                 /requests/{r}
 * 28  T-60 09:30     CONTACT              Contact received: Request for support                     /contacts/{ct}
 * 29  T-60           REQUEST              Request received: Community/Other route                   /requests/{r}
 * 30  T-70           DOLS_DECISION      * DoLS authorisation granted                                /dols/applications/{d}
 * 31  T-80           DOLS_APPLICATION     DoLS application received                                 /dols/applications/{d}
 * 32  T-90           PERSON               Accommodation: Owner occupier or shared ownership scheme  /people/{p}
 * </pre>
 *
 * An event known by its day sits at the start of that UK day, so on one day it comes after (newest first) any timed event,
 * and events at the same moment are ordered by type then title (newest first reverses both: REQUEST_STAGE before
 * REQUEST_PRIORITY, SCREENING before ENQUIRY).
 */
class ChronologyApiTest extends IntegrationTest {

    @org.springframework.beans.factory.annotation.Autowired
    java.time.Clock clock;

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final DateDisplay DATES = new DateDisplay();

    /**
     * Proves every module contributes its events about the person, through the modules' own APIs, in one list in the
     * counted order, each on its UK day (or at its moment), with its significance, module, link and key details; a draft
     * note is left out; nothing is said to be withheld.
     */
    @Test
    void oneTimelineFromEveryModuleInTheOrderCountedByHand() {
        LocalDate t = TestDates.today();
        Instant began = Instant.now(clock).truncatedTo(ChronoUnit.SECONDS);
        long team = newTeam("Chronology ");
        Api practitioner = staffIn(Set.of(team), Role.PRACTITIONER);
        Api manager = staffIn(Set.of(team), Role.TEAM_MANAGER);
        Api safeguarding = staffWith(Role.SAFEGUARDING);
        Api dols = staffWith(Role.DOLS);
        Api officer = staffWith(Role.CUSTOMER_RELATIONS);
        String person = CareAndSupport.person(practitioner, "Agnes", "1941-06-14", "Learning disability support",
                "Owner occupier or shared ownership scheme", t.minusDays(90).toString());

        // The front door: a contact that is a request for support, prioritised and allocated.
        Map<String, Object> contactBody = Map.of("receivedAt", t.minusDays(60) + "T09:30:00", "channel", "Phone",
                "source", "Family member, friend or neighbour", "contactName", "Daughter", "personId", person,
                "reason", "Mum is struggling to wash and dress since her fall", "outcome", "Request for support", "clientType", "Service user",
                "routeOfAccess", "Community/Other route");
        JsonNode contact = created(practitioner.post("/api/v1/contacts", contactBody));
        String requestId = contact.path("requestId").asString();
        String requestPath = "/api/v1/requests/" + requestId;
        JsonNode request = practitioner.get(requestPath).json();
        JsonNode prioritised = ok(manager.post(requestPath + "/priority", Map.of("priority", "HIGH", "reason", "Lives alone since her fall",
                "decidedOn", t.minusDays(58).toString(), "version", request.path("version").asInt())));
        ok(manager.post(requestPath + "/allocation", Map.of("teamId", team, "worker", practitioner.username(), "allocatedOn",
                t.minusDays(57).toString(), "version", prioritised.path("version").asInt())));

        // An assessment for the request: started, completed, and (last of all, so now) authorised.
        JsonNode started = created(practitioner.post("/api/v1/assessments", Map.of("requestId", requestId, "assessmentType", "Long term assessment",
                "method", "Face to face", "startedOn", t.minusDays(50).toString())));
        String assessmentPath = "/api/v1/assessments/" + started.path("id").asString();
        JsonNode answered = ok(practitioner.put(assessmentPath, Map.of("version", started.path("version").asInt(),
                "outcomes", AssessmentAnswers.unable("PERSONAL_HYGIENE", "NUTRITION"))));
        JsonNode completed = ok(practitioner.post(assessmentPath + "/complete", Map.of("completedOn", t.minusDays(45).toString(),
                "version", answered.path("version").asInt())));
        // The request follows the assessment once the front door has heard of it (ADR 20).
        await().untilAsserted(() -> assertThat(practitioner.get(requestPath).json().path("assessmentCompletedOn").asString())
                .isEqualTo(t.minusDays(45).toString()));

        // Care and support: a service started, changed and ended, a review while it ran, a hospital discharge.
        JsonNode service = CareAndSupport.start(practitioner, CareAndSupport.service(person, team, "Long term support: Community", "Home Support",
                "CASSR commissioned support", t.minusDays(40).toString(), "21.50", "Hourly", "10.5"));
        String servicePath = "/api/v1/services/" + service.path("id").asString();
        JsonNode changed = created(practitioner.post(servicePath + "/changes", Map.of("version", service.path("version").asInt(),
                "effectiveFrom", t.minusDays(30).toString(), "unitCost", "22.00", "costFrequency", "Hourly", "plannedUnitsPerWeek", "12",
                "reason", "Annual uplift and two more hours")));
        CareAndSupport.review(practitioner, person, "Planned", t.minusDays(35).toString(), "Fully achieved");
        ok(practitioner.post(servicePath + "/end", Map.of("version", changed.path("version").asInt(), "endDate", t.minusDays(10).toString(),
                "outcome", "NFA: Support ended as planned")));
        JsonNode discharge = created(practitioner.post("/api/v1/discharges", Map.of("personId", person, "teamId", team, "hospital", "Anytown General",
                "ward", "Ward 3", "referredOn", t.minusDays(20).toString(), "pathway", 1)));
        ok(practitioner.post("/api/v1/discharges/" + discharge.path("id").asString() + "/progress", Map.of("version", discharge.path("version").asInt(),
                "hubDecisionOn", t.minusDays(19).toString(), "dischargedOn", t.minusDays(18).toString())));

        // Case notes (one significant, one plain, one still a draft) and a letter.
        Map<String, Object> visit = finalNote(t.minusDays(15) + "T14:00", "VISIT", "Visited: she has lost weight and the GP has changed her tablets.");
        visit.put("significant", true);
        visit.put("significantCategory", "Change in health");
        JsonNode visitNote = created(practitioner.post("/api/v1/people/" + person + "/notes", visit));
        JsonNode callNote = created(practitioner.post("/api/v1/people/" + person + "/notes",
                finalNote(t.minusDays(12) + "T10:00", "PHONE_CALL", "Rang her daughter about a day centre.")));
        Map<String, Object> draft = finalNote(t.minusDays(13) + "T11:00", "EMAIL", "Draft: not yet part of the record.");
        draft.remove("final");
        created(practitioner.post("/api/v1/people/" + person + "/notes", draft));
        JsonNode letter = created(practitioner.upload("/api/v1/people/" + person + "/documents", Map.of("title", "Letter from the GP", "kind", "LETTER",
                "datedOn", t.minusDays(14).toString()), "gp-letter.pdf", DocumentsApiTest.PDF));

        // Safeguarding: a concern screened to a section 42 enquiry that is concluded.
        JsonNode concern = created(practitioner.post("/api/v1/safeguarding/concerns", SafeguardingApiTest.concern(person, t.minusDays(25) + "T16:45:00")));
        JsonNode screened = ok(safeguarding.post("/api/v1/safeguarding/concerns/" + concern.path("id").asString() + "/screening",
                screening(t.minusDays(24), "S42", "SAFEGUARDING_TEAM")));
        String enquiryId = screened.path("enquiryId").asString();
        JsonNode concluded = conclude(safeguarding, enquiryId, t.minusDays(5));

        // Liberty: a DoLS application granted for a while that has now ended, and a Mental Health Act assessment.
        long bia = assessor(dols, "Bea Assessor ", "BEST_INTERESTS_ASSESSOR");
        long mh = assessor(dols, "Dr Mind ", "MENTAL_HEALTH_ASSESSOR");
        JsonNode application = created(dols.post("/api/v1/dols/applications", Map.of("personId", person, "managingAuthority", "Anytown General Hospital",
                "cqcLocationCode", "1-234567890", "receivedOn", t.minusDays(80).toString())));
        String applicationPath = "/api/v1/dols/applications/" + application.path("id").asString();
        JsonNode assessed = null;
        for (String requirement : List.of("AGE", "MENTAL_HEALTH", "MENTAL_CAPACITY", "NO_REFUSALS", "ELIGIBILITY", "BEST_INTERESTS")) {
            assessed = created(dols.post(applicationPath + "/assessments", Map.of("requirement", requirement, "status", "SATISFIED",
                    "assessorId", requirement.equals("MENTAL_HEALTH") ? mh : bia, "assessedOn", t.minusDays(75).toString())));
        }
        ok(dols.post(applicationPath + "/decision", Map.of("version", assessed.path("version").asInt(), "signedOffOn", t.minusDays(70).toString(),
                "outcome", "GRANTED", "authorisedFrom", t.minusDays(70).toString(), "authorisedTo", t.minusDays(8).toString())));
        JsonNode mha = created(practitioner.post("/api/v1/mha/assessments", Map.of("personId", person, "requestedAt", t.minusDays(22) + "T10:00:00",
                "amhp", "Sam AMHP", "doctors", List.of("Dr One", "Dr Two"), "assessedAt", t.minusDays(22) + "T18:30:00", "outcome", "SECTION_2")));

        // Feedback: a complaint about the person's care, answered.
        JsonNode complaint = created(officer.post("/api/v1/feedback/complaints", complaint(person, team, t.minusDays(16))));
        ok(officer.post("/api/v1/feedback/complaints/" + complaint.path("id").asString() + "/respond", Map.of("version", complaint.path("version").asInt(),
                "respondedOn", t.minusDays(3).toString(), "outcome", "UPHELD", "signedBy", "Director of Adult Social Care")));

        ok(manager.post(assessmentPath + "/authorise", Map.of("version", completed.path("version").asInt())));

        Api reader = staffWith(Role.SAFEGUARDING, Role.DOLS, Role.CUSTOMER_RELATIONS);
        JsonNode c = ok(reader.get("/api/v1/people/" + person + "/chronology"));

        String a = "/assessments/" + started.path("id").asString();
        String r = "/requests/" + requestId;
        String s = "/services/" + service.path("id").asString();
        String h = "/discharges/" + discharge.path("id").asString();
        String k = "/safeguarding/concerns/" + concern.path("id").asString();
        String e = "/safeguarding/enquiries/" + enquiryId;
        String d = "/dols/applications/" + application.path("id").asString();
        String f = "/feedback/complaints/" + complaint.path("id").asString();
        String p = "/people/" + person;
        assertThat(lines(c, began)).containsExactly(
                "now ASSESSMENT_DECISION assessment | Eligibility authorised: Long term assessment -> " + a,
                "now PERSON people | Record opened -> " + p,
                on(t, 3) + " COMPLAINT_RESPONSE feedback | Complaint answered: Upheld -> " + f,
                on(t, 5) + " ENQUIRY_CONCLUDED safeguarding | Section 42 enquiry concluded: Substantiated -> " + e,
                on(t, 8) + " DOLS_ENDING liberty | DoLS authorisation ended -> " + d,
                on(t, 10) + " SERVICE support | Service ended: Home Support -> " + s,
                on(t, 12) + "T10:00 NOTE casework | Phone call -> " + p + "/notes#note-" + callNote.path("number").asLong(),
                on(t, 14) + " DOCUMENT casework | Letter: Letter from the GP -> /documents/" + letter.path("id").asString(),
                on(t, 15) + "T14:00 NOTE casework | Visit: change in health (significant) -> " + p + "/notes#note-" + visitNote.path("number").asLong(),
                on(t, 16) + " COMPLAINT feedback | Complaint received -> " + f,
                on(t, 18) + " DISCHARGE support | Discharged from hospital: Anytown General -> " + h,
                on(t, 20) + " DISCHARGE support | In hospital, referred for discharge: Anytown General (significant) -> " + h,
                on(t, 22) + "T18:30 MHA_ASSESSMENT liberty | Mental Health Act assessment: Detained under section 2 (significant) -> none",
                on(t, 22) + "T10:00 MHA_ASSESSMENT liberty | Mental Health Act assessment requested -> none",
                on(t, 24) + " SCREENING safeguarding | Concern screened: Section 42 enquiry -> " + k,
                on(t, 24) + " ENQUIRY safeguarding | Section 42 enquiry started -> " + e,
                on(t, 25) + "T16:45 CONCERN safeguarding | Safeguarding concern received (significant) -> " + k,
                on(t, 30) + " SERVICE_CHANGE support | Service changed: Home Support -> " + s,
                on(t, 35) + " REVIEW support | Review held: Planned -> " + p + "/support",
                on(t, 40) + " SERVICE support | Service started: Home Support -> " + s,
                on(t, 45) + " ASSESSMENT_DECISION assessment | Assessment completed: Long term assessment -> " + a,
                on(t, 50) + " REQUEST_STAGE frontdoor | Request stage: Assessment in progress -> " + r,
                on(t, 50) + " ASSESSMENT assessment | Assessment started: Long term assessment -> " + a,
                on(t, 57) + " REQUEST_STAGE frontdoor | Request stage: Awaiting assessment -> " + r,
                on(t, 57) + " REQUEST_ALLOCATION frontdoor | Request allocated: " + teamName(team) + " -> " + r,
                on(t, 58) + " REQUEST_STAGE frontdoor | Request stage: Awaiting allocation -> " + r,
                on(t, 58) + " REQUEST_PRIORITY frontdoor | Request prioritised: High -> " + r,
                on(t, 60) + "T09:30 CONTACT frontdoor | Contact received: Request for support -> /contacts/" + contact.path("id").asString(),
                on(t, 60) + " REQUEST frontdoor | Request received: Community/Other route -> " + r,
                on(t, 70) + " DOLS_DECISION liberty | DoLS authorisation granted (significant) -> " + d,
                on(t, 80) + " DOLS_APPLICATION liberty | DoLS application received -> " + d,
                on(t, 90) + " PERSON people | Accommodation: Owner occupier or shared ownership scheme -> " + p);

        Map<String, String> summaries = summaries(c);
        long requestNumber = request.path("requestNumber").asLong();
        long serviceNumber = service.path("serviceNumber").asLong();
        assertThat(summaries).containsEntry("Record opened", "By " + practitioner.username())
                .containsEntry("Request received: Community/Other route", "Request " + requestNumber
                        + ", Service user (new client): Mum is struggling to wash and dress since her fall")
                .containsEntry("Request prioritised: High", "Request " + requestNumber + ": Lives alone since her fall")
                .containsEntry("Request allocated: " + teamName(team), "Request " + requestNumber + ", worker " + practitioner.username())
                .containsEntry("Assessment completed: Long term assessment", "Assessment " + started.path("assessmentNumber").asLong()
                        + ": eligible needs identified")
                .containsEntry("Eligibility authorised: Long term assessment", "Assessment " + started.path("assessmentNumber").asLong() + ": eligible")
                .containsEntry("Service changed: Home Support", "Service " + serviceNumber
                        + ": £264.00 a week, was £225.75; 12 hours a week at £22.00. Annual uplift and two more hours")
                .containsEntry("Service ended: Home Support", "Service " + serviceNumber + ": NFA: Support ended as planned")
                .containsEntry("Review held: Planned", "Service User Only; outcomes fully achieved")
                .containsEntry("In hospital, referred for discharge: Anytown General", "Ward 3 ward; pathway 1 (home with support)")
                .containsEntry("Discharged from hospital: Anytown General", "Discharged on pathway 1 (home with support)")
                .containsEntry("Visit: change in health", "Visited: she has lost weight and the GP has changed her tablets.")
                .containsEntry("Letter: Letter from the GP", "gp-letter.pdf")
                .containsEntry("Safeguarding concern received", "Concern " + concern.path("concernNumber").asLong() + ", source: Care provider")
                .containsEntry("Concern screened: Section 42 enquiry", "Concern " + concern.path("concernNumber").asLong()
                        + ", Stays with the Safeguarding Adults Team")
                .containsEntry("Section 42 enquiry concluded: Substantiated", "Enquiry " + concluded.path("enquiryNumber").asLong()
                        + ", Risk identified and action taken, Risk reduced")
                .containsEntry("DoLS application received", "Application " + application.path("applicationNumber").asLong()
                        + ", from Anytown General Hospital")
                .containsEntry("DoLS authorisation granted", "Application " + application.path("applicationNumber").asLong() + ", from "
                        + DATES.day(t.minusDays(70)) + " to " + DATES.day(t.minusDays(8)))
                .containsEntry("Mental Health Act assessment requested", "Assessment " + mha.path("assessmentNumber").asLong() + ", AMHP: Sam AMHP")
                .containsEntry("Complaint received", "Complaint " + complaint.path("complaintNumber").asLong() + ", Adult Social Care: Lack of Action")
                .containsEntry("Complaint answered: Upheld", "Complaint " + complaint.path("complaintNumber").asLong());
        assertThat(summaries.values()).noneMatch(v -> v.contains("Draft: not yet part of the record"));

        assertThat(c.path("personId").asString()).isEqualTo(person);
        assertThat(c.path("personName").asString()).startsWith("Agnes ");
        assertThat(c.path("personReference").asString()).isEqualTo(ok(practitioner.get("/api/v1/people/" + person)).path("personId").asString());
        assertThat(c.path("newestFirst").asBoolean()).isTrue();
        assertThat(c.path("significantOnly").asBoolean()).isFalse();
        assertThat(c.path("selectedTypes")).isEmpty();
        assertThat(c.has("withheld")).as("the council does not say how many entries are withheld").isFalse();
        assertThat(c.path("types").path("NOTE").asString()).isEqualTo("Case notes");
        assertThat(c.path("types").path("CONCERN").asString()).isEqualTo("Safeguarding concerns");
        assertThat(c.path("types").path("DOLS_DECISION").asString()).isEqualTo("DoLS decisions");
        assertThat(c.path("types").path("REQUEST_STAGE").asString()).isEqualTo("Request stage changes");
    }

    /**
     * Proves each module's own rules, with nothing said about what is left out: a practitioner who neither raised a concern
     * nor is in its enquiry's team sees none of its entries, nor the note linked to its enquiry, while the safeguarding
     * team and the raiser see both, and a practitioner of the locality team an enquiry went to sees that one only;
     * customer relations and a manager of the team concerned see the complaint, practitioners, the safeguarding team and a
     * manager of another team do not; only the DoLS team sees a DoLS application; a Mental Health Act assessment is for
     * those who record them, not the safeguarding team or customer relations.
     *
     * <pre>
     * when         entry                                  seen by
     * now          Record opened                          everyone
     * T-2          Complaint received (team X)            customer relations, X's manager
     * T-3 09:00    Visit note                             everyone
     * T-4 15:00    Meeting note linked to enquiry 1       safeguarding team, raiser
     * T-5          concern 1 screened, enquiry 1 started  safeguarding team, raiser (enquiry stays with the team)
     * T-6 11:00    concern 1 received (raiser, in X)      safeguarding team, raiser
     * T-7          concern 2 screened, enquiry 2 started  safeguarding team, locality L's practitioner
     * T-8 10:00    concern 2 received (safeguarding)      safeguarding team, locality L's practitioner
     * T-9 10:00    MHA assessment requested               practitioners, managers, DoLS team
     * T-10         DoLS application received              DoLS team
     * </pre>
     */
    @Test
    void whatEachReaderMayNotSeeIsLeftOutEntirely() {
        LocalDate t = TestDates.today();
        Instant began = Instant.now(clock).truncatedTo(ChronoUnit.SECONDS);
        long team = newTeam("Locality ");
        long locality = newTeam("Locality ");
        Api raiser = staffIn(Set.of(team), Role.PRACTITIONER);
        Api stranger = staffWith(Role.PRACTITIONER);
        Api localityWorker = staffIn(Set.of(locality), Role.PRACTITIONER);
        Api safeguarding = staffWith(Role.SAFEGUARDING);
        Api officer = staffWith(Role.CUSTOMER_RELATIONS);
        Api teamManager = staffIn(Set.of(team), Role.TEAM_MANAGER);
        Api otherManager = staffIn(Set.of(newTeam("Elsewhere ")), Role.TEAM_MANAGER);
        Api dols = staffWith(Role.DOLS);
        String person = People.create(raiser, "Beatrice");

        JsonNode first = created(raiser.post("/api/v1/safeguarding/concerns", SafeguardingApiTest.concern(person, t.minusDays(6) + "T11:00:00")));
        String enquiryId = ok(safeguarding.post("/api/v1/safeguarding/concerns/" + first.path("id").asString() + "/screening",
                screening(t.minusDays(5), "S42", "SAFEGUARDING_TEAM"))).path("enquiryId").asString();
        JsonNode second = created(safeguarding.post("/api/v1/safeguarding/concerns", SafeguardingApiTest.concern(person, t.minusDays(8) + "T10:00:00")));
        Map<String, Object> transfer = screening(t.minusDays(7), "S42", "LOCALITY");
        transfer.put("routedTeamId", locality);
        ok(safeguarding.post("/api/v1/safeguarding/concerns/" + second.path("id").asString() + "/screening", transfer));
        Map<String, Object> linked = finalNote(t.minusDays(4) + "T15:00", "MEETING", "Strategy discussion with the police and her GP.");
        linked.put("links", List.of(Map.of("kind", "ENQUIRY", "id", enquiryId)));
        created(safeguarding.post("/api/v1/people/" + person + "/notes", linked));
        created(raiser.post("/api/v1/people/" + person + "/notes", finalNote(t.minusDays(3) + "T09:00", "VISIT", "Visited: she is settled at home.")));
        created(officer.post("/api/v1/feedback/complaints", complaint(person, team, t.minusDays(2))));
        created(raiser.post("/api/v1/mha/assessments", Map.of("personId", person, "requestedAt", t.minusDays(9) + "T10:00:00", "amhp", "Sam AMHP")));
        created(dols.post("/api/v1/dols/applications", Map.of("personId", person, "managingAuthority", "Anytown General Hospital",
                "receivedOn", t.minusDays(10).toString())));

        String path = "/api/v1/people/" + person + "/chronology";
        String recordOpened = "now PERSON people | Record opened";
        String complaintReceived = on(t, 2) + " COMPLAINT feedback | Complaint received";
        String visit = on(t, 3) + "T09:00 NOTE casework | Visit";
        String meeting = on(t, 4) + "T15:00 NOTE casework | Meeting";
        List<String> firstConcern = List.of(on(t, 5) + " SCREENING safeguarding | Concern screened: Section 42 enquiry",
                on(t, 5) + " ENQUIRY safeguarding | Section 42 enquiry started",
                on(t, 6) + "T11:00 CONCERN safeguarding | Safeguarding concern received (significant)");
        List<String> secondConcern = List.of(on(t, 7) + " SCREENING safeguarding | Concern screened: Section 42 enquiry",
                on(t, 7) + " ENQUIRY safeguarding | Section 42 enquiry started",
                on(t, 8) + "T10:00 CONCERN safeguarding | Safeguarding concern received (significant)");
        String mha = on(t, 9) + "T10:00 MHA_ASSESSMENT liberty | Mental Health Act assessment requested";
        String application = on(t, 10) + " DOLS_APPLICATION liberty | DoLS application received";

        JsonNode seenByStranger = ok(stranger.get(path));
        assertThat(withoutLinks(lines(seenByStranger, began))).as("a practitioner with no part in it").containsExactly(recordOpened, visit, mha);
        assertThat(seenByStranger.has("withheld")).as("nor how many were left out").isFalse();
        assertThat(seenByStranger.path("items").toString()).doesNotContain("Strategy discussion", "Safeguarding concern", "Complaint", "DoLS",
                enquiryId, first.path("id").asString(), second.path("id").asString());

        JsonNode seenByTeam = ok(safeguarding.get(path));
        assertThat(withoutLinks(lines(seenByTeam, began))).as("the safeguarding team")
                .containsExactlyElementsOf(join(List.of(recordOpened, visit, meeting), firstConcern, secondConcern));
        assertThat(summaries(seenByTeam)).containsEntry("Meeting", "Strategy discussion with the police and her GP.");
        assertThat(withoutLinks(lines(ok(raiser.get(path)), began))).as("whoever raised the first concern")
                .containsExactlyElementsOf(join(List.of(recordOpened, visit, meeting), firstConcern, List.of(mha)));
        assertThat(withoutLinks(lines(ok(localityWorker.get(path)), began))).as("the locality the second enquiry went to")
                .containsExactlyElementsOf(join(List.of(recordOpened, visit), secondConcern, List.of(mha)));

        assertThat(withoutLinks(lines(ok(officer.get(path)), began))).as("customer relations").containsExactly(recordOpened, complaintReceived, visit);
        assertThat(withoutLinks(lines(ok(teamManager.get(path)), began))).as("a manager of the team the complaint concerns")
                .containsExactly(recordOpened, complaintReceived, visit, mha);
        assertThat(withoutLinks(lines(ok(otherManager.get(path)), began))).as("a manager of another team").containsExactly(recordOpened, visit, mha);
        assertThat(withoutLinks(lines(ok(dols.get(path)), began))).as("the DoLS team").containsExactly(recordOpened, visit, mha, application);
    }

    @SafeVarargs
    private static List<String> join(List<String>... parts) {
        List<String> all = new ArrayList<>();
        for (List<String> part : parts) {
            all.addAll(part);
        }
        return all;
    }

    /**
     * Proves the filters: types (comma-separated or repeated) return only those types; from and to bound by UK day, so a
     * note at 23:30Z on a summer day belongs to the next day; significant=true returns only significant entries;
     * order=oldest reverses the default order exactly.
     */
    @Test
    void filtersByTypeUkDaySignificanceAndOrder() {
        LocalDate summer = LocalDate.of(TestDates.today().getYear() - 1, 7, 14);
        LocalDate next = summer.plusDays(1);
        Instant began = Instant.now(clock).truncatedTo(ChronoUnit.SECONDS);
        long team = newTeam("Locality ");
        Api practitioner = staffIn(Set.of(team), Role.PRACTITIONER);
        String person = People.create(practitioner, "Cora");
        Map<String, Object> admitted = finalNote(summer + "T23:30:00Z", "PHONE_CALL", "Her daughter rang: taken into hospital after a fall.");
        admitted.put("significant", true);
        admitted.put("significantCategory", "Hospital admission");
        created(practitioner.post("/api/v1/people/" + person + "/notes", admitted));
        created(practitioner.post("/api/v1/people/" + person + "/notes", finalNote(next + "T22:30:00Z", "VISIT", "Saw her on the ward.")));
        created(practitioner.upload("/api/v1/people/" + person + "/documents", Map.of("title", "Consent to share", "kind", "CONSENT",
                "datedOn", next.toString()), "consent.pdf", DocumentsApiTest.PDF));
        CareAndSupport.start(practitioner, CareAndSupport.service(person, team, "Long term support: Community", "Day Support",
                "CASSR commissioned support", summer.minusDays(1).toString(), "60.00", "Daily", "2"));
        created(practitioner.post("/api/v1/safeguarding/concerns", SafeguardingApiTest.concern(person, summer.plusDays(10) + "T11:00:00")));

        String path = "/api/v1/people/" + person + "/chronology";
        String recordOpened = "now PERSON people | Record opened";
        String concern = summer.plusDays(10) + "T11:00 CONCERN safeguarding | Safeguarding concern received (significant)";
        String visit = next + "T23:30 NOTE casework | Visit";
        String call = next + "T00:30 NOTE casework | Phone call: hospital admission (significant)";
        String consent = next + " DOCUMENT casework | Consent form: Consent to share";
        String service = summer.minusDays(1) + " SERVICE support | Service started: Day Support";
        JsonNode all = ok(practitioner.get(path));
        assertThat(withoutLinks(lines(all, began))).containsExactly(recordOpened, concern, visit, call, consent, service);

        JsonNode casework = ok(practitioner.get(path + "?types=NOTE,DOCUMENT"));
        assertThat(withoutLinks(lines(casework, began))).containsExactly(visit, call, consent);
        assertThat(casework.path("selectedTypes")).extracting(JsonNode::asString).containsExactlyInAnyOrder("NOTE", "DOCUMENT");
        assertThat(withoutLinks(lines(ok(practitioner.get(path + "?types=NOTE&types=DOCUMENT")), began))).as("repeated").containsExactly(visit, call, consent);
        assertThat(withoutLinks(lines(ok(practitioner.get(path + "?types=SERVICE")), began))).containsExactly(service);

        JsonNode oneDay = ok(practitioner.get(path + "?from=" + next + "&to=" + next));
        assertThat(withoutLinks(lines(oneDay, began))).as("23:30Z on the 14th is 00:30 on the 15th in the UK").containsExactly(visit, call, consent);
        assertThat(oneDay.path("from").asString()).isEqualTo(next.toString());
        assertThat(oneDay.path("to").asString()).isEqualTo(next.toString());
        assertThat(withoutLinks(lines(ok(practitioner.get(path + "?from=" + summer + "&to=" + summer)), began))).as("nothing on the 14th itself").isEmpty();
        assertThat(withoutLinks(lines(ok(practitioner.get(path + "?to=" + summer)), began))).containsExactly(service);
        assertThat(withoutLinks(lines(ok(practitioner.get(path + "?from=" + next.plusDays(1))), began))).containsExactly(recordOpened, concern);

        JsonNode significant = ok(practitioner.get(path + "?significant=true"));
        assertThat(withoutLinks(lines(significant, began))).containsExactly(concern, call);
        assertThat(significant.path("significantOnly").asBoolean()).isTrue();
        assertThat(withoutLinks(lines(ok(practitioner.get(path + "?significant=false")), began))).hasSize(6);

        JsonNode oldest = ok(practitioner.get(path + "?order=oldest"));
        assertThat(withoutLinks(lines(oldest, began))).containsExactly(service, consent, call, visit, concern, recordOpened);
        assertThat(oldest.path("newestFirst").asBoolean()).isFalse();
        assertThat(withoutLinks(lines(ok(practitioner.get(path + "?order=newest")), began))).containsExactly(recordOpened, concern, visit, call, consent,
                service);
        assertThat(withoutLinks(lines(ok(practitioner.get(path + "?types=NOTE,CONCERN&significant=true&order=oldest")), began)))
                .containsExactly(call, concern);
    }

    /**
     * Proves bad input is refused as problem+json naming the field, never a server error; an unknown person is not found;
     * a restricted person's chronology is refused to anyone not named and the refusal audited; and every reading is
     * audited as viewed against the person.
     */
    @Test
    void badInputIsRefusedByFieldARestrictedPersonIsRefusedAndReadingIsAudited() {
        LocalDate t = TestDates.today();
        Api manager = staffWith(Role.TEAM_MANAGER);
        Api named = staffWith(Role.PRACTITIONER);
        Api other = staffWith(Role.PRACTITIONER);
        String person = People.create(manager, "Dora");
        created(manager.post("/api/v1/people/" + person + "/notes", finalNote(t.minusDays(1) + "T10:00", "VISIT", "Visited.")));
        String path = "/api/v1/people/" + person + "/chronology";

        Api.Response backwards = named.get(path + "?from=" + t.minusDays(1) + "&to=" + t.minusDays(5));
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.contentType()).startsWith("application/problem+json");
        assertThat(backwards.errorFor("from")).isNotBlank();
        assertThat(named.get(path + "?from=" + t.plusDays(3)).errorFor("from")).as("the last day is at most today").isNotBlank();
        Api.Response unknownType = named.get(path + "?types=NOTE,GOSSIP");
        assertThat(unknownType.status()).isEqualTo(400);
        assertThat(unknownType.contentType()).startsWith("application/problem+json");
        assertThat(unknownType.errorFor("types")).contains("GOSSIP");
        Api.Response sideways = named.get(path + "?order=sideways");
        assertThat(sideways.status()).isEqualTo(400);
        assertThat(sideways.contentType()).startsWith("application/problem+json");
        assertThat(sideways.errorFor("order")).isNotBlank();
        for (String malformed : List.of("from=2026-02-30", "to=yesterday", "from=14/07/2025")) {
            Api.Response bad = named.get(path + "?" + malformed);
            assertThat(bad.status()).as(malformed).isEqualTo(400);
            assertThat(bad.contentType()).as(malformed).startsWith("application/problem+json");
            assertThat(bad.errorFor(malformed.substring(0, malformed.indexOf('=')))).as(malformed).isNotBlank();
        }
        assertThat(named.get(path + "?significant=perhaps").status()).isEqualTo(400);
        Api.Response unknown = named.get("/api/v1/people/" + UUID.randomUUID() + "/chronology");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(named.get("/api/v1/people/not-a-person/chronology").status()).isEqualTo(400);
        assertThat(staffWith(Role.COUNCILLOR).get(path).status()).as("councillors see no one's records").isEqualTo(403);
        assertThat(anonymous().get(path).status()).isEqualTo(401);

        JsonNode read = ok(named.get(path));
        assertThat(read.path("items")).hasSize(2);
        assertThat(jdbc.sql("select detail from platform.audit_event where actor = :a and action = 'VIEWED' and subject_type = 'person'"
                        + " and subject_id = :p").param("a", named.username()).param("p", person).query(String.class).list())
                .containsExactly("Chronology: 2 entries");

        Api.Response restricted = manager.put("/api/v1/people/" + person + "/restriction", Map.of("restricted", true,
                "allowedUsers", List.of(named.username()), "reason", "Her son works in the council", "version", 0));
        assertThat(restricted.status()).as(restricted.toString()).isEqualTo(200);
        Api.Response refused = other.get(path);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).doesNotContain("Dora", "Visited");
        assertThat(jdbc.sql("select count(*) from platform.audit_event where actor = :a and action = 'REFUSED' and subject_type = 'person'"
                + " and subject_id = :p").param("a", other.username()).param("p", person).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from platform.audit_event where actor = :a and action = 'VIEWED'")
                .param("a", other.username()).query(Long.class).single()).as("nothing read").isZero();
        assertThat(other.get(path + "?types=NOTE").status()).as("whatever the filter").isEqualTo(403);
        JsonNode stillNamed = ok(named.get(path));
        assertThat(stillNamed.path("personName").asString()).startsWith("Dora ");
        assertThat(stillNamed.path("items")).hasSize(2);
        assertThat(ok(manager.get(path)).path("items")).as("who restricted it is named").hasSize(2);
    }

    /**
     * Proves the printed chronology: a PDF, for a session signed in through the form, holding the entries' titles (only
     * those the filter asks for) and saying who printed it; a person not named on a restriction is refused it.
     */
    @Test
    void theChronologyPrintsAsAPdfSayingWhoPrintedIt() throws Exception {
        LocalDate t = TestDates.today();
        long team = newTeam("Locality ");
        Api practitioner = staffIn(Set.of(team), Role.PRACTITIONER);
        String person = People.create(practitioner, "Edith");
        Map<String, Object> fall = finalNote(t.minusDays(4) + "T16:20", "PHONE_CALL", "Her neighbour rang: she had fallen in the garden.");
        fall.put("significant", true);
        fall.put("significantCategory", "Incident or accident");
        created(practitioner.post("/api/v1/people/" + person + "/notes", fall));
        created(practitioner.upload("/api/v1/people/" + person + "/documents", Map.of("title", "Occupational therapy report", "kind", "AGENCY_REPORT",
                "datedOn", t.minusDays(2).toString()), "ot-report.pdf", DocumentsApiTest.PDF));
        String name = ok(practitioner.get("/api/v1/people/" + person + "/chronology")).path("personName").asString();

        org.openasc.testing.Session session = new org.openasc.testing.Session(port, practitioner);
        HttpResponse<byte[]> pdf = session.document("/people/" + person + "/chronology.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        String text = text(pdf.body());
        assertThat(text).contains("Chronology: " + name, "Record opened", "Phone call: incident or accident", "(significant)",
                "Report from another agency: Occupational therapy report", "Her neighbour rang: she had fallen in the garden.",
                "Printed by " + practitioner.username());

        String notesOnly = text(session.document("/people/" + person + "/chronology.pdf?types=NOTE").body());
        assertThat(notesOnly).contains("Phone call: incident or accident", "Printed by " + practitioner.username())
                .doesNotContain("Occupational therapy report", "Record opened");

        Api manager = staffWith(Role.TEAM_MANAGER);
        ok(manager.put("/api/v1/people/" + person + "/restriction", Map.of("restricted", true, "allowedUsers", List.of(), "reason",
                "A member of staff's relative", "version", 0)));
        assertThat(session.document("/people/" + person + "/chronology.pdf").statusCode()).isEqualTo(403);
        assertThat(new org.openasc.testing.Session(port, manager).document("/people/" + person + "/chronology.pdf").statusCode()).isEqualTo(200);
    }

    // ---------------------------------------------------------------------------------------------------------------

    /**
     * Each entry as one line: its UK day (an untimed entry must sit at the start of that day), or UK date and minute for a
     * timed one, or "now" for one timed since {@code began}; then type, module, title, "(significant)" and the link.
     */
    private static List<String> lines(JsonNode chronology, Instant began) {
        List<String> lines = new ArrayList<>();
        for (JsonNode item : chronology.path("items")) {
            Instant at = Instant.parse(item.path("at").asString());
            String when;
            if (item.path("timed").asBoolean()) {
                when = at.isBefore(began) ? LocalDateTime.ofInstant(at, UK).truncatedTo(ChronoUnit.MINUTES).toString() : "now";
            } else {
                LocalDate day = LocalDate.ofInstant(at, UK);
                when = day.atStartOfDay(UK).toInstant().equals(at) ? day.toString() : "not the start of a UK day: " + at;
            }
            String link = item.path("link").isMissingNode() || item.path("link").isNull() ? "none" : item.path("link").asString();
            lines.add(when + " " + item.path("type").asString() + " " + item.path("module").asString() + " | " + item.path("title").asString()
                    + (item.path("significant").asBoolean() ? " (significant)" : "") + " -> " + link);
        }
        return lines;
    }

    /** The lines without their links, for tests about what is shown rather than where it leads. */
    private static List<String> withoutLinks(List<String> lines) {
        return lines.stream().map(l -> l.replaceFirst(" -> .*$", "")).toList();
    }

    /** Title to summary; where two entries share a title the first (newest) is kept. */
    private static Map<String, String> summaries(JsonNode chronology) {
        Map<String, String> summaries = new LinkedHashMap<>();
        chronology.path("items").forEach(i -> summaries.putIfAbsent(i.path("title").asString(), i.path("summary").asString()));
        return summaries;
    }

    private static String on(LocalDate today, int daysBefore) {
        return today.minusDays(daysBefore).toString();
    }

    private static JsonNode created(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json();
    }

    private static JsonNode ok(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private static Map<String, Object> finalNote(String occurredAt, String type, String text) {
        Map<String, Object> note = CaseNotesApiTest.note(occurredAt, text);
        note.put("type", type);
        note.put("final", true);
        return note;
    }

    private static Map<String, Object> screening(LocalDate on, String decision, String routedTo) {
        return SafeguardingApiTest.screening(0, on.toString(), true, decision, routedTo);
    }

    /** An allegation, Making Safeguarding Personal, and the conclusion: substantiated, risk reduced. */
    private static JsonNode conclude(Api team, String enquiryId, LocalDate on) {
        String path = "/api/v1/safeguarding/enquiries/" + enquiryId;
        JsonNode alleged = created(team.post(path + "/allegations", Map.of("typeOfRisk", "Financial or Material Abuse", "locationOfRisk", "Own Home",
                "sourceOfRisk", "Other - Known to Individual")));
        JsonNode progressed = ok(team.post(path + "/progress", Map.of("version", alleged.path("version").asInt(),
                "mspAsked", "Yes they were asked and outcomes were expressed", "mspOutcomes", "I want him to stop taking my pension",
                "lackedCapacity", "No, they did not lack capacity")));
        return ok(team.post(path + "/conclude", Map.of("version", progressed.path("version").asInt(), "concludedOn", on.toString(),
                "conclusion", "Substantiated", "riskAssessmentOutcome", "Risk identified and action taken", "riskResult", "Risk reduced",
                "mspAchieved", "Partially Achieved")));
    }

    private static long assessor(Api dols, String name, String qualification) {
        return created(dols.post("/api/v1/dols/assessors", Map.of("name", uniqueName(name), "qualification", qualification))).path("id").asLong();
    }

    static Map<String, Object> complaint(String person, long team, LocalDate on) {
        return new HashMap<>(Map.of("receivedOn", on.toString(), "howReceived", "Email", "complainant", "Mrs D Example", "serviceArea",
                "Adult Social Care", "theme", "Lack of Action", "elements", "Nobody returned my calls", "personId", person, "teamId", team));
    }

    private static String text(byte[] pdf) throws java.io.IOException {
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
