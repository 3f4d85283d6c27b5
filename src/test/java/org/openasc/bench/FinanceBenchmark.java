package org.openasc.bench;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.openasc.demo.DemoCouncil;
import org.openasc.finance.FinancialYear;
import org.openasc.platform.security.Role;
import org.openasc.platform.staff.StaffDirectory;
import org.openasc.providers.ProviderRegister;

/**
 * A county's budget: about 30,000 services live this year (from the care and support generator) paid from 12
 * service lines, and 188 other lines, 200 in all, with budgets and this year's ledger to date. Times the
 * forecast (the monitoring report for the open period, computed live from committed care), a closed period's
 * report, a line's forecast with its commitments, the page, the PDF and a ledger import over HTTP.
 * Run with {@code bench/finance [longTermPeople] [people]}.
 */
public final class FinanceBenchmark {

    private static final long SEED = 20261129L;
    private static final String COMMUNITY = "Long term support: Community";
    private static final String[][] SERVICE_LINES = {
            {"Long term support: Residential care", null}, {"Long term support: Nursing care", null}, {COMMUNITY, "Home Support"},
            {COMMUNITY, "Direct Payment"}, {COMMUNITY, "Day Support"}, {COMMUNITY, null}, {"Short term support: ST-Max", null},
            {"Short term support: Other short term", null}, {"Short term support: Ongoing low level", null}, {"Long term support: Prison", null},
            {"Unpaid carer support: Direct to unpaid carer", null}, {"Unpaid carer support: Support involving the person cared-for", null}};

    public static void main(String[] args) throws Exception {
        int longTerm = args.length > 0 ? Integer.parseInt(args[0]) : 70_000;
        int people = args.length > 1 ? Integer.parseInt(args[1]) : 120_000;
        ConfigurableApplicationContext context = BenchCouncil.start();
        try {
            StaffDirectory staff = context.getBean(StaffDirectory.class);
            BenchCouncil.staff(staff);
            staff.createStaffUnchecked(new StaffDirectory.NewStaff("finance", "Bench Finance", null, BenchCouncil.PASSWORD, Set.of(Role.FINANCE), Set.of()),
                    "bench");
            BenchCouncil.market(context.getBean(ProviderRegister.class));
            DemoCouncil council = context.getBean(DemoCouncil.class);
            long started = System.nanoTime();
            council.load(people, SEED);
            council.supportActivity(longTerm, 1_000, 3, SEED);
            System.out.printf("Loaded %,d people and their care and support in %.1f s%n", people, (System.nanoTime() - started) / 1e9);
            LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
            FinancialYear year = FinancialYear.containing(today);
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            long live = jdbc.sql("select count(*) from support.service where start_date <= :end and (end_date is null or end_date >= :today)")
                    .param("end", year.end()).param("today", today).query(Long.class).single();
            System.out.printf("Services live today or starting before 31 March: %,d; service terms: %,d%n", live,
                    jdbc.sql("select count(*) from support.service_terms").query(Long.class).single());

            String base = "http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort();
            BenchSession finance = BenchSession.signIn(base, "finance", BenchCouncil.PASSWORD);
            started = System.nanoTime();
            for (int i = 0; i < 200; i++) {
                String services = i < SERVICE_LINES.length ? ", \"services\": [{\"serviceType\": \"" + SERVICE_LINES[i][0] + "\""
                        + (SERVICE_LINES[i][1] == null ? "" : ", \"serviceComponent\": \"" + SERVICE_LINES[i][1] + "\"") + "}]" : "";
                String line = finance.post("/api/v1/finance/budget-lines", "{\"costCentre\": \"C" + (10000 + i) + "\", \"name\": \"Line " + i
                        + "\", \"serviceGroup\": \"Group " + (i % 8) + "\", \"reportSection\": \"" + (i < 190 ? "ASCH Committee" : "ASCH Reserves") + "\"" + services + "}");
                String id = line.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
                finance.put("/api/v1/finance/budget-lines/" + id + "/budgets/" + year.startYear(), "{\"originalBudget\": " + (250_000 + i * 1_000) + "}");
            }
            int open = year.periodOf(today);
            for (int p = 1; p < open; p++) {
                finance.post("/api/v1/finance/actuals?fileName=p" + p + ".csv", "text/csv", ledger(year, p), 201);
                if (p < open - 1) {
                    finance.post("/api/v1/finance/periods/" + year.startYear() + "/" + p + "/close", "application/json", "{}", 200);
                }
            }
            System.out.printf("200 budget lines, %d periods of ledger, %d closed, in %.1f s%n", open - 1, Math.max(open - 2, 0),
                    (System.nanoTime() - started) / 1e9);
            String firstLine = jdbc.sql("select id from finance.budget_line where cost_centre = 'C10002'").query(String.class).single();
            int shown = Math.max(open - 1, 1);
            Map<String, BenchCouncil.Timed> cases = new LinkedHashMap<>();
            cases.put("GET monitoring, open period (live forecast)", () -> finance.get("/api/v1/finance/monitoring?financialYear=" + year.startYear()
                    + "&period=" + Math.min(open, 12)));
            cases.put("GET monitoring, last closed period", () -> finance.get("/api/v1/finance/monitoring?financialYear=" + year.startYear()
                    + "&period=" + Math.max(open - 2, 1)));
            cases.put("GET a line's forecast with commitments", () -> finance.get("/api/v1/finance/budget-lines/" + firstLine + "/forecast?financialYear="
                    + year.startYear() + "&period=" + Math.min(open, 12)));
            cases.put("Monitoring report page", () -> finance.page("/finance/monitoring?financialYear=" + year.startYear() + "&period=" + shown));
            cases.put("Monitoring report PDF", () -> finance.document("/finance/monitoring.pdf?financialYear=" + year.startYear() + "&period=" + shown));
            cases.put("Finance workbench page", () -> finance.page("/finance?financialYear=" + year.startYear()));
            cases.put("POST a 200-line ledger file (replaces)", () -> finance.post("/api/v1/finance/actuals?fileName=again.csv", "text/csv",
                    ledger(year, Math.max(open - 1, 1)), 201));
            BenchCouncil.time(cases, 3, 20);
        } finally {
            context.close();
        }
    }

    private static String ledger(FinancialYear year, int period) {
        StringBuilder csv = new StringBuilder("cost_centre,financial_year,period,amount\n");
        for (int i = 0; i < 200; i++) {
            csv.append('C').append(10000 + i).append(',').append(year.label()).append(',').append(period).append(',').append(20_000 + i * 83 + period)
                    .append(".50\n");
        }
        return csv.toString();
    }
}
