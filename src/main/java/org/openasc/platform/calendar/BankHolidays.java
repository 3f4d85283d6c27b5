package org.openasc.platform.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.openasc.platform.audit.AuditTrail;
import org.openasc.platform.security.Access;
import org.openasc.platform.security.CurrentStaff;
import org.openasc.platform.web.FieldProblem;
import org.openasc.platform.web.InvalidInput;
import org.openasc.platform.security.WithoutStaffCheck;

/**
 * The bank holidays behind every statutory clock, kept up to date by an administrator from GOV.UK's published list
 * (https://www.gov.uk/bank-holidays.json, taken as it is: the England and Wales division only). Each year given
 * replaces that year; the calendar takes them at once. From 12 months before the published list ends, administrators
 * are told to add the next years (after it, clocks still count the regular holidays by rule).
 */
@Service
public class BankHolidays {

    /** A day off in a year's list, and whether it was published or is only the regular day by rule. */
    public record Day(LocalDate date, String name, boolean published) {
    }

    /** What an administrator's file added: the years it covered and how many days. */
    public record Added(List<Integer> years, int days, int publishedTo) {
    }

    static final String DIVISION = "england-and-wales";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final WorkingDayCalendar calendar;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    BankHolidays(WorkingDayCalendar calendar, JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.calendar = calendar;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** On start, the calendar takes the years administrators have added since the shipped list. */
    @EventListener(ApplicationReadyEvent.class)
    @WithoutStaffCheck("loads the calendar when the application starts")
    public void load() {
        calendar.publish(added());
    }

    @PreAuthorize(Access.SIGNED_IN)
    public List<Day> year(int year) {
        if (year < calendar.coveredFrom().getYear() || year > calendar.coveredTo().getYear()) {
            throw new InvalidInput("year", "Choose a year from " + calendar.coveredFrom().getYear() + " to " + calendar.coveredTo().getYear());
        }
        boolean published = year <= calendar.publishedTo();
        return calendar.bankHolidays(year).stream().map(h -> new Day(h.date(), h.name(), published)).toList();
    }

    /** The last year whose list was published; later years are counted by rule. */
    @PreAuthorize(Access.SIGNED_IN)
    public int publishedTo() {
        return calendar.publishedTo();
    }

    /** Whether administrators should add the next years: from 12 months before the published list's last day. */
    @PreAuthorize(Access.SIGNED_IN)
    public boolean runningOut() {
        return !Today.on(clock).isBefore(LocalDate.of(calendar.publishedTo(), 12, 31).minusMonths(12));
    }

    /** Adds or replaces the years in a GOV.UK bank-holidays.json file, England and Wales division. */
    @PreAuthorize(Access.ADMINISTER)
    @Transactional
    public Added publish(String json) {
        Map<Integer, List<BankHoliday>> years = read(json);
        for (Map.Entry<Integer, List<BankHoliday>> year : years.entrySet()) {
            jdbc.sql("delete from platform.bank_holiday where extract(year from holiday_date) = :y").param("y", year.getKey()).update();
            for (BankHoliday h : year.getValue()) {
                jdbc.sql("insert into platform.bank_holiday (holiday_date, title, recorded_by) values (:d, :t, :by)")
                        .param("d", h.date()).param("t", h.name()).param("by", CurrentStaff.username()).update();
            }
        }
        calendar.publish(added());
        int days = years.values().stream().mapToInt(List::size).sum();
        audit.record(CurrentStaff.username(), AuditTrail.Action.CHANGED, "bank-holidays", DIVISION, String.valueOf(years.keySet()),
                days + " bank holidays for " + years.keySet());
        return new Added(List.copyOf(years.keySet()), days, calendar.publishedTo());
    }

    private List<BankHoliday> added() {
        return jdbc.sql("select holiday_date, title from platform.bank_holiday order by holiday_date")
                .query((rs, n) -> new BankHoliday(rs.getObject(1, LocalDate.class), rs.getString(2))).list();
    }

    /** The England and Wales events by year, every problem found named by where it is in the file. */
    static Map<Integer, List<BankHoliday>> read(String json) {
        JsonNode root;
        try {
            root = json == null || json.isBlank() ? null : JSON.readTree(json);
        } catch (JacksonException e) {
            throw new InvalidInput("file", "The file is not JSON: download bank-holidays.json from GOV.UK and send it as it is");
        }
        JsonNode events = root == null ? null : root.path(DIVISION).path("events");
        if (events == null || !events.isArray() || events.isEmpty()) {
            throw new InvalidInput("file", "The file has no \"" + DIVISION + "\" division with its events, as GOV.UK's bank-holidays.json has");
        }
        Map<Integer, List<BankHoliday>> years = new TreeMap<>();
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            JsonNode e = events.get(i);
            String where = DIVISION + ".events[" + i + "]";
            String title = e.path("title").asString("").strip();
            try {
                LocalDate date = LocalDate.parse(e.path("date").asString(""));
                if (title.isEmpty() || title.length() > 200) {
                    problems.add(new FieldProblem(where + ".title", "Each bank holiday needs its title, in 200 characters or fewer"));
                } else {
                    years.computeIfAbsent(date.getYear(), y -> new ArrayList<>()).add(new BankHoliday(date, title));
                }
            } catch (DateTimeParseException ex) {
                problems.add(new FieldProblem(where + ".date", "'" + e.path("date").asString("") + "' is not a date written yyyy-mm-dd"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return years;
    }
}
