package org.openasc.support.web;

import static org.openasc.platform.web.FormSubmission.after;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.openasc.people.PersonRecords;
import org.openasc.platform.security.Access;
import org.openasc.platform.web.FormFields;
import org.openasc.platform.web.FormSubmission;
import org.openasc.support.Reviews;
import org.openasc.support.SupportCommands;

/** Reviews of a person's care and support as pages. */
@Controller
class ReviewPages {

    private final PersonRecords people;
    private final Reviews reviews;
    private final FormSubmission pages;

    ReviewPages(PersonRecords people, Reviews reviews, FormSubmission pages) {
        this.people = people;
        this.reviews = reviews;
        this.pages = pages;
    }

    @GetMapping("/reviews/new")
    @PreAuthorize(Access.WORK_SUPPORT)
    String reviewForm(@RequestParam UUID personId, Model model) {
        model.addAttribute("form", Map.of("personId", personId.toString(), "reason", "Planned"));
        return showReviewForm(personId, model);
    }

    @PostMapping("/reviews/new")
    @PreAuthorize(Access.WORK_SUPPORT)
    String review(@RequestParam Map<String, String> values, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        FormFields f = new FormFields(values);
        UUID personId = f.uuid("personId");
        LocalDate on = f.date("reviewedOn", "The date of the review");
        return pages.submit(f, () -> after("/people/" + personId + "/support", () -> reviews.record(new SupportCommands.NewReview(personId,
                f.text("reason"), f.text("method"), on, f.text("outcomesAchieved"), f.text("whatChanged"), null, f.text("outcome")))),
                "Review recorded", () -> showReviewForm(personId, model), "support/review-form", model, redirect, response);
    }

    private String showReviewForm(UUID personId, Model model) {
        model.addAttribute("person", people.open(personId));
        return "support/review-form";
    }
}
