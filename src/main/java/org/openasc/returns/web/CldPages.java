package org.openasc.returns.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.IntStream;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.openasc.platform.web.Choice;
import org.openasc.platform.web.DateDisplay;
import org.openasc.platform.web.FormErrors;
import org.openasc.platform.web.InvalidInput;
import org.openasc.returns.ClientLevelData;
import org.openasc.returns.CldSubmissions;
import org.openasc.returns.domain.CldFields;

/**
 * The Client Level Data return on a page: the quarter's file previewed with its rows by event type, the validation
 * report with each failing row linked to its record, the CSV to download, and the submissions kept with what changed.
 */
@Controller
class CldPages {

    static final int FAILURES_SHOWN = 200;
    private static final DateDisplay DATES = new DateDisplay();
    static final int ROWS_SHOWN = 25;
    static final List<String> PREVIEW = List.of(CldFields.PERSON_ID, CldFields.CLIENT_TYPE, CldFields.EVENT_TYPE, CldFields.EVENT_REFERENCE,
            CldFields.EVENT_START, CldFields.EVENT_END, CldFields.EVENT_OUTCOME, CldFields.SERVICE_TYPE);

    private final ClientLevelData cld;
    private final CldSubmissions submissions;

    CldPages(ClientLevelData cld, CldSubmissions submissions) {
        this.cld = cld;
        this.submissions = submissions;
    }

    @GetMapping("/returns/cld")
    @PreAuthorize(ClientLevelData.RUN)
    String file(@RequestParam(required = false) String quarterEnd, Model model, HttpServletResponse response) {
        String asked = quarterEnd == null || quarterEnd.isBlank() ? cld.lastQuarterEnd().toString() : quarterEnd.strip();
        model.addAttribute("quarterEnd", asked);
        model.addAttribute("submissions", submissions.all());
        model.addAttribute("quarters", quarters(asked));
        FormErrors.filled(model, response, () -> {
            ClientLevelData.CldFile file = cld.file(parse(asked));
            model.addAttribute("file", file);
            model.addAttribute("validation", cld.validation(file));
            model.addAttribute("preview", file.events().stream().limit(ROWS_SHOWN).map(e -> PREVIEW.stream()
                    .map(c -> e.values()[CldFields.index(c)]).toList()).toList());
            model.addAttribute("previewHeader", PREVIEW);
            model.addAttribute("failuresShown", FAILURES_SHOWN);
        });
        return "returns/cld";
    }

    @PostMapping("/returns/cld/submissions")
    @PreAuthorize(ClientLevelData.RUN)
    String submit(@RequestParam(required = false) String quarterEnd, Model model, HttpServletResponse response) {
        try {
            return "redirect:/returns/cld/submissions/" + submissions.submit(parse(quarterEnd)).id();
        } catch (InvalidInput e) {
            return file(quarterEnd, model, response);
        }
    }

    @GetMapping("/returns/cld/submissions/{id}")
    @PreAuthorize(ClientLevelData.RUN)
    String submission(@PathVariable long id, Model model) {
        model.addAttribute("changes", submissions.changes(id));
        return "returns/cld-submission";
    }

    /** The last twelve quarters to choose from, and the one asked for when it is older. */
    private List<Choice> quarters(String asked) {
        LocalDate last = cld.lastQuarterEnd();
        List<LocalDate> ends = new java.util.ArrayList<>(IntStream.range(0, 12).mapToObj(i -> YearMonth.from(last).minusMonths(3L * i).atEndOfMonth()).toList());
        try {
            LocalDate wanted = LocalDate.parse(asked);
            if (!ends.contains(wanted) && wanted.isBefore(last)) {
                ends.add(wanted);
            }
        } catch (DateTimeParseException e) {
            // Not a date: the error is shown beside the list.
        }
        return ends.stream().map(q -> new Choice(q.toString(), DATES.day(q))).toList();
    }

    private static LocalDate parse(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInput("quarterEnd", "Enter the quarter's last day as year-month-day, such as 2025-03-31");
        }
    }
}
