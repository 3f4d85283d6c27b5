package org.openasc.bench;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import org.openasc.committee.CommitteeCommands;
import org.openasc.committee.CommitteeView;
import org.openasc.committee.Committees;
import org.openasc.committee.MeetingView;
import org.openasc.committee.Packs;
import org.openasc.committee.ReportView;
import org.openasc.committee.Reports;
import org.openasc.demo.DemoCouncil;
import org.openasc.platform.security.Role;
import org.openasc.platform.staff.StaffDirectory;
import org.openasc.providers.ProviderRegister;

/**
 * An agenda pack at county scale: 100,000 people with three years of front-door, care and support,
 * safeguarding and feedback work; eight reports from the templates (performance, two safeguarding
 * quarters, complaints, DoLS and MHA, the care market, the risk register and a free report), each
 * published (figures computed, snapshot, hash and PDF), then the public pack built and rendered.
 * The closed month ends are kept first, as the nightly job keeps them in service.
 * Run with {@code bench/committee [people] [longTermPeople]}.
 */
public final class CommitteeBenchmark {

    private static final long SEED = 20261201L;

    public static void main(String[] args) throws Exception {
        int people = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int longTerm = args.length > 1 ? Integer.parseInt(args[1]) : 12_000;
        ConfigurableApplicationContext context = BenchCouncil.start();
        try {
            StaffDirectory staff = context.getBean(StaffDirectory.class);
            BenchCouncil.staff(staff);
            BenchCouncil.market(context.getBean(ProviderRegister.class));
            staff.createStaffUnchecked(new StaffDirectory.NewStaff("officer", "Bench Officer", null, BenchCouncil.PASSWORD,
                    Set.of(Role.DEMOCRATIC_SERVICES, Role.PERFORMANCE), Set.of()), "bench");
            staff.createStaffUnchecked(new StaffDirectory.NewStaff("director", "Bench Director", null, BenchCouncil.PASSWORD,
                    Set.of(Role.TEAM_MANAGER), Set.of()), "bench");
            staff.createStaffUnchecked(new StaffDirectory.NewStaff("chair", "Cllr Bench", null, BenchCouncil.PASSWORD, Set.of(Role.COUNCILLOR), Set.of()), "bench");
            DemoCouncil council = context.getBean(DemoCouncil.class);
            LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
            long started = System.nanoTime();
            List<UUID> ids = council.load(people, SEED);
            council.supportActivity(longTerm, longTerm / 2, 3, SEED);
            council.frontDoorActivity(ids, people / 3, 3, SEED);
            council.safeguardingActivity(people / 10, 3, SEED);
            council.feedbackActivity(today.minusYears(2), today, people / 20, SEED);
            System.out.printf("Loaded %,d people with three years of work in %.1f s%n", people, (System.nanoTime() - started) / 1e9);
            // As the nightly job does, keep the closed month ends, so the scorecard reads them as it does in service.
            long keep = System.nanoTime();
            int kept = as("officer", () -> context.getBean(org.openasc.performance.MeasureValues.class).keepMonthEnds(36));
            System.out.printf("Kept %,d month-end measure values in %.1f s%n", kept, (System.nanoTime() - keep) / 1e9);

            Committees committees = context.getBean(Committees.class);
            Reports reports = context.getBean(Reports.class);
            Packs packs = context.getBean(Packs.class);
            int year = today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1;
            CommitteeView committee = as("officer", () -> committees.create(new CommitteeCommands.NewCommittee("Bench Scrutiny", null, List.of(
                    new CommitteeCommands.Member("chair", "CHAIR"), new CommitteeCommands.Member("officer", "OFFICER"),
                    new CommitteeCommands.Member("director", "CLEARING_OFFICER")))));
            MeetingView meeting = as("officer", () -> committees.schedule(committee.id(), new CommitteeCommands.NewMeeting(today + "T18:00", "Chamber", null)));
            List<CommitteeCommands.ReportRequest> requests = List.of(
                    new CommitteeCommands.ReportRequest("PERFORMANCE", today.withDayOfMonth(1).minusDays(1), null, null, null, null),
                    new CommitteeCommands.ReportRequest("SAFEGUARDING", null, year - 1, null, 3, null),
                    new CommitteeCommands.ReportRequest("SAFEGUARDING", null, year - 1, null, 4, null),
                    new CommitteeCommands.ReportRequest("COMPLAINTS", null, year - 1, null, null, null),
                    new CommitteeCommands.ReportRequest("DOLS_MHA", null, year - 1, null, 4, null),
                    new CommitteeCommands.ReportRequest("CARE_MARKET", today, null, null, null, null),
                    new CommitteeCommands.ReportRequest("RISK", null, null, null, null, null),
                    new CommitteeCommands.ReportRequest("FREE", null, null, null, null, null));
            System.out.println();
            System.out.printf("%-52s %10s %10s %10s %4s%n", "", "median ms", "p95 ms", "max ms", "n");
            for (int i = 0; i < requests.size(); i++) {
                CommitteeCommands.ReportRequest request = requests.get(i);
                String title = "Report " + (i + 1) + ": " + request.template();
                MeetingView withItem = as("officer", () -> committees.addItem(meeting.id(), new CommitteeCommands.NewItem(null, "REPORT", title, "TO_NOTE",
                        "Bench Officer", false, null, request)));
                UUID report = withItem.items().stream().filter(it -> it.title().equals(title)).findFirst().orElseThrow().reportId();
                BenchCouncil.report("Live report page: " + request.template(), 3, () -> as("officer", () -> reports.open(report)));
                ReportView written = as("officer", () -> {
                    ReportView draft = reports.open(report);
                    return reports.write(report, new CommitteeCommands.ReportText(draft.version(), title, "To inform the committee.",
                            List.of("Note the report"), "Quarterly.", List.of(), List.of()));
                });
                ReportView submitted = as("officer", () -> reports.submit(report, new CommitteeCommands.Step(written.version())));
                ReportView cleared = as("director", () -> reports.clear(report, new CommitteeCommands.Step(submitted.version())));
                BenchCouncil.report("Publish (compute, snapshot, hash, PDF): " + request.template(), 1,
                        () -> as("officer", () -> reports.publish(report, new CommitteeCommands.Step(cleared.version()))));
            }
            byte[][] pack = new byte[1][];
            BenchCouncil.report("Agenda pack of 8 reports, built and rendered", 5, () -> pack[0] = as("chair", () -> packs.pack(meeting.id(), "public")));
            try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pack[0])) {
                System.out.printf("The pack: %d pages, %,d bytes%n", document.getNumberOfPages(), pack[0].length);
            }
        } finally {
            context.close();
        }
    }

    private static <T> T as(String username, Supplier<T> work) {
        String role = switch (username) {
            case "director" -> "TEAM_MANAGER";
            case "chair" -> "COUNCILLOR";
            default -> "DEMOCRATIC_SERVICES";
        };
        var authorities = "officer".equals(username) ? List.of(new SimpleGrantedAuthority("ROLE_DEMOCRATIC_SERVICES"), new SimpleGrantedAuthority("ROLE_PERFORMANCE"))
                : List.of(new SimpleGrantedAuthority("ROLE_" + role));
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null, authorities));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
