package org.openasc.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import org.openasc.OpenAscApplication;
import org.openasc.demo.DemoCouncil;
import org.openasc.platform.security.Role;
import org.openasc.platform.staff.StaffDirectory;
import org.openasc.providers.ProviderCommands;
import org.openasc.providers.ProviderRegister;

/** What every county-sized benchmark shares: a throwaway application, two locality teams with staff, and the timing loop. */
final class BenchCouncil {

    static final String PASSWORD = "benchmark password 1";

    /** The two locality teams' ids, north first. */
    record Teams(long north, long south) {
    }

    private BenchCouncil() {
    }

    static ConfigurableApplicationContext start() {
        return SpringApplication.run(OpenAscApplication.class, "--server.port=0", "--openasc.demo.enabled=false",
                "--openasc.embedded-database.data-directory=", "--openasc.performance.keep-month-ends=false", "--logging.level.root=WARN", "--logging.level.org.openasc=WARN");
    }

    /** The council set up as most benchmarks want it before loading people: {@link #staff} and the provider {@link #market}. */
    static DemoCouncil council(ConfigurableApplicationContext context) {
        staff(context.getBean(StaffDirectory.class));
        market(context.getBean(ProviderRegister.class));
        return context.getBean(DemoCouncil.class);
    }

    /** Locality North and South with 30 practitioners between them, an analyst ("performance") and a North manager ("manager"). */
    static Teams staff(StaffDirectory staff) {
        long north = staff.createTeamUnchecked(new StaffDirectory.NewTeam("Locality North", "bench"), "bench").id();
        long south = staff.createTeamUnchecked(new StaffDirectory.NewTeam("Locality South", "bench"), "bench").id();
        for (int i = 1; i <= 30; i++) {
            staff.createStaffUnchecked(new StaffDirectory.NewStaff("worker" + i, "Worker " + i, null, PASSWORD, Set.of(Role.PRACTITIONER),
                    Set.of(i % 2 == 0 ? north : south)), "bench");
        }
        staff.createStaffUnchecked(new StaffDirectory.NewStaff("performance", "Bench Performance", null, PASSWORD,
                Set.of(Role.PERFORMANCE), Set.of()), "bench");
        staff.createStaffUnchecked(new StaffDirectory.NewStaff("manager", "Bench Manager", null, PASSWORD,
                Set.of(Role.TEAM_MANAGER), Set.of(north)), "bench");
        return new Teams(north, south);
    }

    /** A county's care homes and home care branches, registered as brokerage would. */
    static void market(ProviderRegister register) {
        var previous = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(
                org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated("bench", null,
                        List.of(new org.springframework.security.core.authority.SimpleGrantedAuthority("ROLE_BROKERAGE"))));
        try {
            for (int i = 0; i < 160; i++) {
                List<String> services = i < 40 ? List.of("Nursing home", "Residential care home") : i < 120 ? List.of("Residential care home")
                        : List.of("Home care");
                register.register(new ProviderCommands.NewLocation("Bench Group " + (i % 12), null, "1-" + (500_000_000L + i),
                        "Bench location " + i, null, "LE1 7RH", services, i < 120 ? 30 + i % 50 : 0, "Zone " + (i % 6)));
            }
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    /** Times each request: warm-up first, then up to {@code samples} timings (at least 5, fewer if one passes a minute). */
    static void time(Map<String, Timed> cases, int warmUp, int samples) throws Exception {
        System.out.println();
        System.out.println("Over HTTP with a signed-in session, n requests each (up to " + samples + ") after " + warmUp + " warm-up requests");
        System.out.printf("%-46s %10s %10s %10s %4s%n", "request", "median ms", "p95 ms", "max ms", "n");
        for (Map.Entry<String, Timed> c : cases.entrySet()) {
            for (int i = 0; i < warmUp; i++) {
                c.getValue().run();
            }
            List<Double> timings = new ArrayList<>();
            long caseStarted = System.nanoTime();
            while (timings.size() < samples && (timings.size() < 5 || System.nanoTime() - caseStarted < 60e9)) {
                long t = System.nanoTime();
                c.getValue().run();
                timings.add((System.nanoTime() - t) / 1e6);
            }
            double[] millis = timings.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            System.out.printf("%-46s %10.1f %10.1f %10.1f %4d%n", c.getKey(), BenchSession.percentile(millis, 50),
                    BenchSession.percentile(millis, 95), millis[millis.length - 1], millis.length);
        }
    }

    /** One timed request. */
    @FunctionalInterface
    interface Timed {
        Object run() throws Exception;
    }

    /** Times {@code work} {@code samples} times and prints its median, 95th percentile and maximum in milliseconds. */
    static void report(String what, int samples, java.util.function.Supplier<Object> work) {
        double[] millis = new double[samples];
        for (int i = 0; i < samples; i++) {
            long t = System.nanoTime();
            work.get();
            millis[i] = (System.nanoTime() - t) / 1e6;
        }
        java.util.Arrays.sort(millis);
        System.out.printf("%-52s %10.1f %10.1f %10.1f %4d%n", what, BenchSession.percentile(millis, 50), BenchSession.percentile(millis, 95),
                millis[samples - 1], samples);
    }
}
