package org.openasc.returns;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import org.openasc.platform.audit.AuditTrail;
import org.openasc.platform.audit.AuditTrail.Action;
import org.openasc.platform.csv.CsvFiles;
import org.openasc.platform.security.CurrentStaff;
import org.openasc.platform.web.InvalidInput;
import org.openasc.returns.domain.SacQuery;
import org.openasc.platform.calendar.Today;

/**
 * The Safeguarding Adults Collection for a financial year (1 April to 31 March), every table computed
 * from the record with the national labels, and the validation report. Counting units follow the
 * published method: concerns and enquiries started in the year (SG1f); individuals with a section 42
 * enquiry started in the year, at the start of their first (SG1a-e); section 42 enquiries concluded in
 * the year (SG2-SG4), each allegation counted in SG2a and SG2b; reviews completed in the year (SG5).
 */
@Service
public class SafeguardingAdultsCollection {

    public static final String RUN = "hasAnyRole('PERFORMANCE','SAFEGUARDING')";
    static final String NOT_KNOWN = "Not Known";
    static final String IDENTIFIED_AND_ACTION = "Risk identified and action taken";
    static final String EXPRESSED = "Yes they were asked and outcomes were expressed";
    static final String LACKED = "Yes, they lacked capacity";

    private final SacQuery query;
    private final AuditTrail audit;
    private final java.time.Clock clock;

    SafeguardingAdultsCollection(SacQuery query, AuditTrail audit, java.time.Clock clock) {
        this.query = query;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize(RUN)
    public SacReturn compute(Integer financialYear) {
        int thisYear = Today.on(clock).getYear();
        if (financialYear == null || financialYear < 2015 || financialYear > thisYear) {
            throw new InvalidInput("financialYear", "Choose the year the financial year starts in, from 2015 to " + thisYear + " (2025 is April 2025 to March 2026)");
        }
        LocalDate from = LocalDate.of(financialYear, 4, 1);
        LocalDate to = from.plusYears(1).minusDays(1);
        Map<String, ReturnTable> tables = new LinkedHashMap<>();
        List<SacReturn.Problem> problems = new ArrayList<>();
        List<Long> activity = query.activity(from, to);
        tables.put("SG1f", new ReturnTable("SG1f", "Counts of activity started in the year", List.of("Number"), List.of(
                new ReturnTable.Row("Total Number of Safeguarding Concerns", List.of(activity.get(0))),
                new ReturnTable.Row("Total Number of Section 42 Safeguarding Enquiries", List.of(activity.get(1))),
                new ReturnTable.Row("Total Number of Other Safeguarding Enquiries", List.of(activity.get(2))))));
        individuals(query.individuals(from, to), tables, problems);
        concluded(query.concluded(from, to), tables, problems);
        allegations(query.allegations(from, to), tables);
        Map<Boolean, Long> reviews = new LinkedHashMap<>();
        query.reviews(from, to).forEach(r -> reviews.put(r.died(), r.count()));
        tables.put("SG5a", new ReturnTable("SG5a", "Safeguarding Adult Reviews completed in the year", List.of("Number"), List.of(
                new ReturnTable.Row("Where one or more individuals died", List.of(reviews.getOrDefault(true, 0L))),
                new ReturnTable.Row("Where no individuals died", List.of(reviews.getOrDefault(false, 0L))))));
        tables.put("SG5b", new ReturnTable("SG5b", "Individuals in Safeguarding Adult Reviews completed in the year", List.of("Number"), List.of(
                new ReturnTable.Row("Who suffered serious harm and died", List.of(reviews.getOrDefault(true, 0L))),
                new ReturnTable.Row("Who suffered serious harm and survived", List.of(reviews.getOrDefault(false, 0L))))));
        audit.record(CurrentStaff.username(), Action.SEARCHED, "return", "SAC", String.valueOf(financialYear),
                "Safeguarding Adults Collection " + financialYear + ", " + problems.size() + " problems");
        return new SacReturn(financialYear, from, to, tables, problems);
    }

    /** The return as CSV: one line per cell, with the national table reference and labels. */
    @PreAuthorize(RUN)
    public String csv(Integer financialYear) {
        SacReturn sac = compute(financialYear);
        List<List<?>> lines = new ArrayList<>();
        sac.tables().values().forEach(t -> t.rows().forEach(r -> {
            for (int i = 0; i < t.columns().size(); i++) {
                lines.add(java.util.Arrays.asList(t.ref(), r.label(), t.columns().get(i), r.values().get(i)));
            }
        }));
        return CsvFiles.write(List.of("table", "row", "column", "value"), lines, CsvFiles.LF);
    }

    private void individuals(List<SacQuery.Individual> people, Map<String, ReturnTable> tables, List<SacReturn.Problem> problems) {
        for (SacQuery.Individual p : people) {
            if (p.dateOfBirth() == null) {
                problems.add(new SacReturn.Problem("SG1a", "Person record", "Date of birth not recorded: counted as age unknown", "/people/" + p.personId()));
            }
            if (p.gender() == null) {
                problems.add(new SacReturn.Problem("SG1b", "Person record", "Gender not recorded: counted as not known", "/people/" + p.personId()));
            }
            if (p.ethnicity() == null) {
                problems.add(new SacReturn.Problem("SG1c", "Person record", "Ethnicity not recorded: counted as undeclared or not known", "/people/" + p.personId()));
            }
            if (p.supportReason() == null) {
                problems.add(new SacReturn.Problem("SG1d", "Person record", "Primary support reason not recorded: counted as no support reason", "/people/" + p.personId()));
            }
        }
        tables.put("SG1a", single("SG1a", "Individuals involved in section 42 enquiries, by age",
                List.of("18-64", "65-74", "75-84", "85-94", "95+", "Age Unknown"), people, SafeguardingAdultsCollection::ageBand));
        tables.put("SG1b", single("SG1b", "Individuals involved in section 42 enquiries, by gender", List.of("Male", "Female", NOT_KNOWN), people,
                p -> "Male".equals(p.gender()) || "Female".equals(p.gender()) ? p.gender() : NOT_KNOWN));
        tables.put("SG1c", single("SG1c", "Individuals involved in section 42 enquiries, by ethnicity", List.of("White", "Mixed / Multiple",
                "Asian / Asian British", "Black / African / Caribbean / Black British", "Other Ethnic Group", "Refused", "Undeclared / Not Known"),
                people, SafeguardingAdultsCollection::ethnicGroup));
        tables.put("SG1d", single("SG1d", "Individuals involved in section 42 enquiries, by primary support reason", List.of("Physical Support",
                "Sensory Support", "Support with Memory and Cognition", "Learning Disability Support", "Mental Health Support", "Social Support",
                "No Support Reason", NOT_KNOWN), people, SafeguardingAdultsCollection::supportReason));
        long autistic = people.stream().filter(p -> "Yes".equals(p.autism())).count();
        tables.put("SG1e", new ReturnTable("SG1e", "Individuals involved in section 42 enquiries with autism", List.of("Number"), List.of(
                new ReturnTable.Row("Learning, Developmental or Intellectual Disability (Autism excluding Asperger's Syndrome/ High Functioning Autism)",
                        List.of(autistic)),
                new ReturnTable.Row("Learning, Developmental or Intellectual Disability (Asperger's Syndrome/ High Functioning Autism)",
                        java.util.Collections.singletonList(null)))));
        if (autistic > 0) {
            problems.add(new SacReturn.Problem("SG1e", "All", "The record holds autism as yes or no and does not tell Asperger's Syndrome apart: "
                    + "all are counted on the first line and the second is left blank", null));
        }
    }

    private void concluded(List<SacQuery.Concluded> enquiries, Map<String, ReturnTable> tables, List<SacReturn.Problem> problems) {
        for (SacQuery.Concluded e : enquiries) {
            String ref = "Enquiry " + e.enquiryNumber();
            String link = "/safeguarding/enquiries/" + e.id();
            if (e.allegations() == 0) {
                problems.add(new SacReturn.Problem("SG2a", ref, "Concluded with no allegation: type, location and source of risk are missing", link));
            }
            if (e.riskAssessmentOutcome() == null) {
                problems.add(new SacReturn.Problem("SG2c", ref, "Concluded without a risk assessment outcome", link));
            } else if (IDENTIFIED_AND_ACTION.equals(e.riskAssessmentOutcome()) && e.riskResult() == null) {
                problems.add(new SacReturn.Problem("SG2e", ref, "Risk identified and action taken, but whether it remained, reduced or was removed is missing", link));
            }
            if (e.lackedCapacity() == null) {
                problems.add(new SacReturn.Problem("SG3a", ref, "Concluded without recording whether the person lacked capacity: counted as not recorded", link));
            }
            if (e.mspAsked() == null) {
                problems.add(new SacReturn.Problem("SG4a", ref, "Concluded without recording whether the person was asked about outcomes: counted as not recorded", link));
            } else if (EXPRESSED.equals(e.mspAsked()) && e.mspAchieved() == null) {
                problems.add(new SacReturn.Problem("SG4a", ref, "Outcomes were expressed but whether they were achieved is missing", link));
            }
        }
        tables.put("SG2c", listed("SG2c", "Risk assessment outcome of concluded section 42 enquiries", query.values("risk-assessment-outcome"),
                enquiries, SacQuery.Concluded::riskAssessmentOutcome));
        tables.put("SG2e", listed("SG2e", "Where risk was identified and action taken: the result", query.values("risk-result"),
                enquiries.stream().filter(e -> IDENTIFIED_AND_ACTION.equals(e.riskAssessmentOutcome())).toList(), SacQuery.Concluded::riskResult));
        List<String> capacity = query.values("lacked-capacity");
        ReturnTable sg3a = listed("SG3a", "Mental capacity in concluded section 42 enquiries", capacity, enquiries,
                e -> e.lackedCapacity() == null ? "Not recorded" : e.lackedCapacity());
        List<ReturnTable.Row> capacityRows = new ArrayList<>(sg3a.rows());
        capacityRows.add(new ReturnTable.Row("Of which support provided by an advocate, family or friend",
                List.of(enquiries.stream().filter(e -> LACKED.equals(e.lackedCapacity()) && Boolean.TRUE.equals(e.advocate())).count())));
        tables.put("SG3a", new ReturnTable("SG3a", sg3a.title(), sg3a.columns(), capacityRows));
        ReturnTable asked = listed("SG4a", "Making Safeguarding Personal in concluded section 42 enquiries", query.values("msp-asked"), enquiries,
                e -> e.mspAsked() == null ? "Not Recorded" : e.mspAsked());
        List<ReturnTable.Row> mspRows = new ArrayList<>(asked.rows());
        for (String achieved : query.values("msp-achieved")) {
            mspRows.add(new ReturnTable.Row("Of outcomes expressed: " + achieved,
                    List.of(enquiries.stream().filter(e -> EXPRESSED.equals(e.mspAsked()) && achieved.equals(e.mspAchieved())).count())));
        }
        tables.put("SG4a", new ReturnTable("SG4a", asked.title(), asked.columns(), mspRows));
    }

    private void allegations(List<SacQuery.Allegation> risks, Map<String, ReturnTable> tables) {
        List<String> sources = query.values("source-of-risk");
        tables.put("SG2a", crossTab("SG2a", "Concluded section 42 enquiries: type of risk by source of risk", query.values("type-of-risk"), sources,
                risks, SacQuery.Allegation::typeOfRisk));
        tables.put("SG2b", crossTab("SG2b", "Concluded section 42 enquiries: location of risk by source of risk", query.values("location-of-risk"), sources,
                risks, SacQuery.Allegation::locationOfRisk));
    }

    private static ReturnTable crossTab(String ref, String title, List<String> rows, List<String> columns, List<SacQuery.Allegation> risks,
                                        Function<SacQuery.Allegation, String> row) {
        List<ReturnTable.Row> out = new ArrayList<>();
        for (String r : rows) {
            List<Long> values = new ArrayList<>();
            for (String c : columns) {
                values.add(risks.stream().filter(a -> r.equals(row.apply(a)) && c.equals(a.sourceOfRisk())).mapToLong(SacQuery.Allegation::count).sum());
            }
            out.add(new ReturnTable.Row(r, values));
        }
        return new ReturnTable(ref, title, columns, out);
    }

    private static <T> ReturnTable listed(String ref, String title, List<String> labels, List<T> items, Function<T, String> label) {
        return new ReturnTable(ref, title, List.of("Number"), labels.stream()
                .map(l -> new ReturnTable.Row(l, List.of(items.stream().filter(i -> l.equals(label.apply(i))).count()))).toList());
    }

    private static ReturnTable single(String ref, String title, List<String> columns, List<SacQuery.Individual> people,
                                      Function<SacQuery.Individual, String> category) {
        List<Long> values = columns.stream().map(c -> people.stream().filter(p -> c.equals(category.apply(p))).count()).toList();
        return new ReturnTable(ref, title, columns, List.of(new ReturnTable.Row("Individuals", values)));
    }

    static String ageBand(SacQuery.Individual p) {
        if (p.dateOfBirth() == null) {
            return "Age Unknown";
        }
        int age = Period.between(p.dateOfBirth(), p.startedOn()).getYears();
        return age < 65 ? "18-64" : age < 75 ? "65-74" : age < 85 ? "75-84" : age < 95 ? "85-94" : "95+";
    }

    static String ethnicGroup(SacQuery.Individual p) {
        if (p.ethnicity() == null) {
            return "Undeclared / Not Known";
        }
        return switch (p.ethnicGroup() == null ? "" : p.ethnicGroup()) {
            case "White" -> "White";
            case "Mixed or multiple ethnic groups" -> "Mixed / Multiple";
            case "Asian or Asian British" -> "Asian / Asian British";
            case "Black, Black British, Caribbean or African" -> "Black / African / Caribbean / Black British";
            case "Other ethnic group" -> "Other Ethnic Group";
            default -> "No data: Refused".equals(p.ethnicity()) ? "Refused" : "Undeclared / Not Known";
        };
    }

    static String supportReason(SacQuery.Individual p) {
        if (p.supportReason() == null) {
            return "No Support Reason";
        }
        String group = p.supportReasonGroup() == null ? p.supportReason() : p.supportReasonGroup();
        return switch (group) {
            case "Physical support" -> "Physical Support";
            case "Sensory support" -> "Sensory Support";
            case "Support with memory and cognition" -> "Support with Memory and Cognition";
            case "Learning disability support" -> "Learning Disability Support";
            case "Mental health support" -> "Mental Health Support";
            case "Social support" -> "Social Support";
            default -> NOT_KNOWN;
        };
    }
}
