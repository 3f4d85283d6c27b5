package org.openasc.support.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.openasc.support.CarePackages;
import org.openasc.support.DirectPaymentView;
import org.openasc.support.DirectPayments;
import org.openasc.support.DischargeView;
import org.openasc.support.Discharges;
import org.openasc.support.PlanView;
import org.openasc.support.ReviewDue;
import org.openasc.support.ReviewView;
import org.openasc.support.Reviews;
import org.openasc.support.ServiceView;
import org.openasc.support.SupportCommands;
import org.openasc.support.SupportPlans;
import org.openasc.platform.security.Access;
import org.springframework.security.access.prepost.PreAuthorize;
import org.openasc.platform.web.Created;
import org.openasc.platform.web.Page;

/** Care and support over JSON: plans, services, reviews, direct payments and hospital discharges. */
@Tag(name = "Care and support")
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
class SupportApi {

    private final SupportPlans plans;
    private final CarePackages services;
    private final Reviews reviews;
    private final DirectPayments directPayments;
    private final Discharges discharges;
    private final org.openasc.people.PersonRecords people;

    SupportApi(SupportPlans plans, CarePackages services, Reviews reviews, DirectPayments directPayments, Discharges discharges,
               org.openasc.people.PersonRecords people) {
        this.people = people;
        this.plans = plans;
        this.services = services;
        this.reviews = reviews;
        this.directPayments = directPayments;
        this.discharges = discharges;
    }

    @Operation(summary = "Write a care and support plan for eligible needs")
    @PostMapping(path = "/support-plans", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(Access.WORK_REQUESTS)
    ResponseEntity<PlanView> writePlan(@RequestBody SupportCommands.NewPlan plan) {
        return Created.at("/api/v1/support-plans/", plans.write(plan), PlanView::id);
    }

    @Operation(summary = "Read a care and support plan")
    @GetMapping("/support-plans/{id}")
    @PreAuthorize(Access.READ_PEOPLE)
    PlanView plan(@PathVariable UUID id) {
        return plans.open(id);
    }

    @Operation(summary = "Sign off a care and support plan",
            description = "A team manager other than the plan's author.")
    @PostMapping(path = "/support-plans/{id}/sign-off", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(Access.MANAGE_REQUESTS)
    PlanView signOff(@PathVariable UUID id, @RequestBody SupportCommands.SignOff signOff) {
        return plans.signOff(id, signOff);
    }

    @Operation(summary = "Start a service (a CLD Service event)",
            description = "A placement with a provider whose new placements are suspended needs a recorded override.")
    @PostMapping(path = "/services", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(Access.WORK_SUPPORT)
    ResponseEntity<ServiceView> startService(@RequestBody SupportCommands.NewService service) {
        return Created.at("/api/v1/services/", services.start(service), ServiceView::id);
    }

    @Operation(summary = "Read a service with its terms")
    @GetMapping("/services/{id}")
    @PreAuthorize(Access.READ_PEOPLE)
    ServiceView service(@PathVariable UUID id) {
        return services.open(id);
    }

    @Operation(summary = "Change a service's cost or hours from a date",
            description = "The service goes on with new terms; it is not ended and restarted.")
    @PostMapping(path = "/services/{id}/changes", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(Access.WORK_SUPPORT)
    ResponseEntity<ServiceView> changeService(@PathVariable UUID id, @RequestBody SupportCommands.ServiceChange change) {
        return Created.body(services.change(id, change));
    }

    @Operation(summary = "End a service with its CLD event outcome")
    @PostMapping(path = "/services/{id}/end", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(Access.WORK_SUPPORT)
    ServiceView endService(@PathVariable UUID id, @RequestBody SupportCommands.ServiceEnd end) {
        return services.end(id, end);
    }

    @Operation(summary = "List the service components of a service type")
    @GetMapping("/service-types/components")
    @PreAuthorize(Access.SIGNED_IN)
    List<String> components(@RequestParam String serviceType) {
        return services.componentsOf(serviceType);
    }

    @Operation(summary = "Record a review of a person's care and support")
    @PostMapping(path = "/reviews", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(Access.WORK_SUPPORT)
    ResponseEntity<ReviewView> review(@RequestBody SupportCommands.NewReview review) {
        return Created.body(reviews.record(review));
    }

    @Operation(summary = "List the reviews due and overdue, by team and worker",
            description = "Most overdue first, one page at a time, with the total due.")
    @GetMapping("/reviews/due")
    @PreAuthorize(Access.WORK_SUPPORT + " or hasRole('PERFORMANCE')")
    Page<ReviewDue> reviewsDue(@RequestParam(required = false) Long team,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                               @RequestParam(required = false) Integer within,
                               @Parameter(description = "The page, from 1") @RequestParam(required = false) Integer page,
                               @Parameter(description = "Reviews a page: 50 unless given, at most 100") @RequestParam(required = false) Integer size) {
        return reviews.due(team, asOf, within, Page.pageNumber(page), Page.pageSize(size, 50));
    }

    @Operation(summary = "Record a direct payment agreement")
    @PostMapping(path = "/direct-payments", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(Access.WORK_SUPPORT)
    ResponseEntity<DirectPaymentView> directPayment(@RequestBody SupportCommands.NewDirectPayment dp) {
        return Created.body(directPayments.agree(dp));
    }

    @Operation(summary = "Record a direct payment monitoring check")
    @PostMapping(path = "/direct-payments/{id}/checks", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(Access.WORK_SUPPORT)
    DirectPaymentView directPaymentChecked(@PathVariable UUID id, @RequestBody SupportCommands.MonitoringDone done) {
        return directPayments.checked(id, done);
    }

    @Operation(summary = "Record a hospital discharge referral")
    @PostMapping(path = "/discharges", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(Access.WORK_SUPPORT)
    ResponseEntity<DischargeView> refer(@RequestBody SupportCommands.NewDischarge discharge) {
        return Created.at("/api/v1/discharges/", discharges.refer(discharge), DischargeView::id);
    }

    @Operation(summary = "Read a hospital discharge referral")
    @GetMapping("/discharges/{id}")
    @PreAuthorize(Access.READ_PEOPLE)
    DischargeView discharge(@PathVariable UUID id) {
        return discharges.open(id);
    }

    @Operation(summary = "Record the hub's decision, the discharge, reablement and where the person is 91 days on")
    @PostMapping(path = "/discharges/{id}/progress", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(Access.WORK_SUPPORT)
    DischargeView dischargeProgress(@PathVariable UUID id, @RequestBody SupportCommands.DischargeProgress progress) {
        return discharges.progress(id, progress);
    }

    /** Everything care and support holds for a person. */
    @Operation(summary = "Read a person's care and support: plans, services, reviews and direct payments")
    @GetMapping("/people/{personId}/support")
    @PreAuthorize(Access.READ_PEOPLE)
    Map<String, Object> personSupport(@PathVariable UUID personId) {
        people.open(personId); // audited as the person's page is: viewed, or refused for a restricted record
        return Map.of("plans", plans.plansOf(personId), "services", services.servicesOf(personId), "reviews", reviews.reviewsOf(personId),
                "directPayments", directPayments.directPaymentsOf(personId), "discharges", discharges.dischargesOf(personId));
    }
}
