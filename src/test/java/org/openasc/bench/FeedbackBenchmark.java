package org.openasc.bench;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import org.openasc.demo.DemoCouncil;
import org.openasc.demo.SyntheticFeedback;
import org.openasc.platform.security.Role;
import org.openasc.platform.staff.StaffDirectory;

/**
 * Builds ten years of customer feedback for a large council (by default 20,000 items a year) in a
 * throwaway embedded PostgreSQL and times the annual report (JSON, page and PDF) and the workbench.
 * Run with {@code bench/feedback [itemsPerYear] [years]}.
 */
public final class FeedbackBenchmark {

    public static void main(String[] args) throws Exception {
        int perYear = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int years = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        ConfigurableApplicationContext context = BenchCouncil.start();
        try {
            StaffDirectory staff = context.getBean(StaffDirectory.class);
            BenchCouncil.staff(staff);
            staff.createStaffUnchecked(new StaffDirectory.NewStaff("relations", "Bench Relations", null, BenchCouncil.PASSWORD,
                    java.util.Set.of(Role.CUSTOMER_RELATIONS), java.util.Set.of()), "bench");
            LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/London"));
            int lastFull = today.minusMonths(3).getYear() - 1;
            long started = System.nanoTime();
            SyntheticFeedback.Activity activity = context.getBean(DemoCouncil.class)
                    .feedbackActivity(LocalDate.of(lastFull - years + 1, 4, 1), today, perYear, 20261129L);
            System.out.printf("Generated and loaded %,d complaints and %,d other items (%d years at %,d a year) in %.1f s%n",
                    activity.complaints().size(), activity.items().size(), years, perYear, (System.nanoTime() - started) / 1e9);
            String base = "http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort();
            BenchSession relations = BenchSession.signIn(base, "relations", BenchCouncil.PASSWORD);
            Map<String, BenchCouncil.Timed> cases = new LinkedHashMap<>();
            cases.put("GET /api/v1/feedback/annual-report (" + lastFull + ")", () -> relations.get("/api/v1/feedback/annual-report?financialYear=" + lastFull));
            cases.put("Annual report page", () -> relations.page("/feedback/annual-report?financialYear=" + lastFull));
            cases.put("Annual report PDF", () -> relations.page("/feedback/annual-report.pdf?financialYear=" + lastFull));
            cases.put("Customer relations workbench", () -> relations.page("/feedback"));
            BenchCouncil.time(cases, 3, 20);
        } finally {
            context.close();
        }
    }
}
