package org.openasc.support.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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

/** Care and support over JSON: plans, services, reviews, direct payments and hospital discharges. */
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

    @PostMapping(path = "/support-plans", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<PlanView> writePlan(@RequestBody SupportCommands.NewPlan plan) {
        PlanView written = plans.write(plan);
        return ResponseEntity.created(URI.create("/api/v1/support-plans/" + written.id())).body(written);
    }

    @GetMapping("/support-plans/{id}")
    PlanView plan(@PathVariable UUID id) {
        return plans.open(id);
    }

    @PostMapping(path = "/support-plans/{id}/sign-off", consumes = MediaType.APPLICATION_JSON_VALUE)
    PlanView signOff(@PathVariable UUID id, @RequestBody SupportCommands.SignOff signOff) {
        return plans.signOff(id, signOff);
    }

    @PostMapping(path = "/services", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ServiceView> startService(@RequestBody SupportCommands.NewService service) {
        ServiceView started = services.start(service);
        return ResponseEntity.created(URI.create("/api/v1/services/" + started.id())).body(started);
    }

    @GetMapping("/services/{id}")
    ServiceView service(@PathVariable UUID id) {
        return services.open(id);
    }

    @PostMapping(path = "/services/{id}/changes", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ServiceView> changeService(@PathVariable UUID id, @RequestBody SupportCommands.ServiceChange change) {
        return ResponseEntity.status(201).body(services.change(id, change));
    }

    @PostMapping(path = "/services/{id}/end", consumes = MediaType.APPLICATION_JSON_VALUE)
    ServiceView endService(@PathVariable UUID id, @RequestBody SupportCommands.ServiceEnd end) {
        return services.end(id, end);
    }

    @GetMapping("/service-types/components")
    List<String> components(@RequestParam String serviceType) {
        return services.componentsOf(serviceType);
    }

    @PostMapping(path = "/reviews", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ReviewView> review(@RequestBody SupportCommands.NewReview review) {
        return ResponseEntity.status(201).body(reviews.record(review));
    }

    @GetMapping("/reviews/due")
    List<ReviewDue> reviewsDue(@RequestParam(required = false) Long team,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                               @RequestParam(required = false) Integer within) {
        return reviews.due(team, asOf, within);
    }

    @PostMapping(path = "/direct-payments", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<DirectPaymentView> directPayment(@RequestBody SupportCommands.NewDirectPayment dp) {
        return ResponseEntity.status(201).body(directPayments.agree(dp));
    }

    @PostMapping(path = "/direct-payments/{id}/checks", consumes = MediaType.APPLICATION_JSON_VALUE)
    DirectPaymentView directPaymentChecked(@PathVariable UUID id, @RequestBody SupportCommands.MonitoringDone done) {
        return directPayments.checked(id, done);
    }

    @PostMapping(path = "/discharges", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<DischargeView> refer(@RequestBody SupportCommands.NewDischarge discharge) {
        DischargeView referred = discharges.refer(discharge);
        return ResponseEntity.created(URI.create("/api/v1/discharges/" + referred.id())).body(referred);
    }

    @GetMapping("/discharges/{id}")
    DischargeView discharge(@PathVariable UUID id) {
        return discharges.open(id);
    }

    @PostMapping(path = "/discharges/{id}/progress", consumes = MediaType.APPLICATION_JSON_VALUE)
    DischargeView dischargeProgress(@PathVariable UUID id, @RequestBody SupportCommands.DischargeProgress progress) {
        return discharges.progress(id, progress);
    }

    /** Everything care and support holds for a person. */
    @GetMapping("/people/{personId}/support")
    Map<String, Object> personSupport(@PathVariable UUID personId) {
        people.open(personId); // audited as the person's page is: viewed, or refused for a restricted record
        return Map.of("plans", plans.plansOf(personId), "services", services.servicesOf(personId), "reviews", reviews.reviewsOf(personId),
                "directPayments", directPayments.directPaymentsOf(personId), "discharges", discharges.dischargesOf(personId));
    }
}
