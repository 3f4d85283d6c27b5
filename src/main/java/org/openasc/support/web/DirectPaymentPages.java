package org.openasc.support.web;

import static org.openasc.platform.web.FormSubmission.after;

import java.math.BigDecimal;
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
import org.openasc.platform.web.Choice;
import org.openasc.platform.web.FormFields;
import org.openasc.platform.web.FormSubmission;
import org.openasc.support.CarePackages;
import org.openasc.support.DirectPayments;
import org.openasc.support.SupportCommands;

/** Direct payment agreements as pages (their monitoring checks are recorded from the person's support page). */
@Controller
class DirectPaymentPages {

    private final PersonRecords people;
    private final CarePackages services;
    private final DirectPayments directPayments;
    private final FormSubmission pages;

    DirectPaymentPages(PersonRecords people, CarePackages services, DirectPayments directPayments, FormSubmission pages) {
        this.people = people;
        this.services = services;
        this.directPayments = directPayments;
        this.pages = pages;
    }

    @GetMapping("/direct-payments/new")
    @PreAuthorize(Access.WORK_SUPPORT)
    String directPaymentForm(@RequestParam UUID personId, Model model) {
        model.addAttribute("form", Map.of("personId", personId.toString(), "period", "WEEKLY"));
        return showDirectPaymentForm(personId, model);
    }

    @PostMapping("/direct-payments/new")
    @PreAuthorize(Access.WORK_SUPPORT)
    String directPayment(@RequestParam Map<String, String> values, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        FormFields f = new FormFields(values);
        UUID personId = f.uuid("personId");
        LocalDate signed = f.date("agreementSignedOn", "The date the agreement was signed");
        LocalDate starts = f.date("startsOn", "The date payments start");
        BigDecimal amount = f.decimal("amount", "the amount");
        return pages.submit(f, () -> after("/people/" + personId + "/support",
                () -> directPayments.agree(new SupportCommands.NewDirectPayment(personId, f.uuid("serviceId"), signed, amount, f.text("period"),
                starts))), "Direct payment agreement recorded", () -> showDirectPaymentForm(personId, model), "support/direct-payment-form", model,
                redirect, response);
    }

    private String showDirectPaymentForm(UUID personId, Model model) {
        model.addAttribute("person", people.open(personId));
        model.addAttribute("periods", SupportChoices.periods());
        model.addAttribute("dpServices", services.servicesOf(personId).stream().filter(s -> "Direct payment".equals(s.deliveryMechanism()))
                .map(s -> new Choice(s.id().toString(), "Service " + s.serviceNumber() + ": " + s.serviceComponent() + " from " + s.startDate())).toList());
        return "support/direct-payment-form";
    }
}
