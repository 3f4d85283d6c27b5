package org.openasc.platform.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import org.openasc.platform.PlatformProperties;
import org.openasc.platform.security.CurrentStaff;
import org.openasc.platform.security.Role;

/** What every page's header needs: the council's name, who is signed in and which sections they may use. */
@ControllerAdvice
class LayoutAttributes {

    private static final DateDisplay DATES = new DateDisplay();

    private final PlatformProperties properties;
    private final org.openasc.platform.codelist.CodeLists codes;

    LayoutAttributes(PlatformProperties properties, org.openasc.platform.codelist.CodeLists codes) {
        this.properties = properties;
        this.codes = codes;
    }

    /** The national and local code lists, for every form that offers a coded choice. */
    @ModelAttribute("codes")
    org.openasc.platform.codelist.CodeLists codes() {
        return codes;
    }

    @ModelAttribute("councilName")
    String councilName() {
        return properties.councilName();
    }

    @ModelAttribute("signedInAs")
    String signedInAs() {
        return CurrentStaff.username();
    }

    @ModelAttribute("canSeePeople")
    boolean canSeePeople() {
        return Role.PEOPLE_READERS.stream().anyMatch(CurrentStaff::hasRole);
    }

    @ModelAttribute("dates")
    DateDisplay dates() {
        return DATES;
    }

    @ModelAttribute("canWorkRequests")
    boolean canWorkRequests() {
        return CurrentStaff.hasRole(Role.PRACTITIONER) || CurrentStaff.hasRole(Role.TEAM_MANAGER);
    }

    @ModelAttribute("canWorkSupport")
    boolean canWorkSupport() {
        return canWorkRequests() || CurrentStaff.hasRole(Role.BROKERAGE);
    }

    @ModelAttribute("canWorkSafeguarding")
    boolean canWorkSafeguarding() {
        return canWorkRequests() || CurrentStaff.hasRole(Role.SAFEGUARDING);
    }

    @ModelAttribute("canSeeRisks")
    boolean canSeeRisks() {
        return CurrentStaff.hasRole(Role.TEAM_MANAGER) || CurrentStaff.hasRole(Role.PERFORMANCE) || CurrentStaff.hasRole(Role.FINANCE)
                || CurrentStaff.hasRole(Role.COUNCILLOR) || CurrentStaff.hasRole(Role.DEMOCRATIC_SERVICES);
    }

    /** Committees, agendas and published reports are open to everyone signed in. */
    @ModelAttribute("canSeeCommittees")
    boolean canSeeCommittees() {
        return !"anonymousUser".equals(CurrentStaff.username()) && !"system".equals(CurrentStaff.username());
    }

    /** Finance officers work on the books; managers, analysts and councillors read the monitoring report. */
    @ModelAttribute("financeHome")
    String financeHome() {
        if (CurrentStaff.hasRole(Role.FINANCE)) {
            return "/finance";
        }
        return CurrentStaff.hasRole(Role.TEAM_MANAGER) || CurrentStaff.hasRole(Role.PERFORMANCE) || CurrentStaff.hasRole(Role.COUNCILLOR)
                || CurrentStaff.hasRole(Role.DEMOCRATIC_SERVICES) ? "/finance/monitoring" : null;
    }

    @ModelAttribute("isCustomerRelations")
    boolean isCustomerRelations() {
        return CurrentStaff.hasRole(Role.CUSTOMER_RELATIONS);
    }

    /** Customer relations and managers answer subject access requests. */
    @ModelAttribute("answersSubjectAccess")
    boolean answersSubjectAccess() {
        return CurrentStaff.hasRole(Role.CUSTOMER_RELATIONS) || CurrentStaff.hasRole(Role.TEAM_MANAGER);
    }

    @ModelAttribute("isDols")
    boolean isDols() {
        return CurrentStaff.hasRole(Role.DOLS);
    }

    @ModelAttribute("canSeeFigures")
    boolean canSeeFigures() {
        return CurrentStaff.hasRole(Role.TEAM_MANAGER) || CurrentStaff.hasRole(Role.PERFORMANCE) || CurrentStaff.hasRole(Role.COUNCILLOR)
                || CurrentStaff.hasRole(Role.DEMOCRATIC_SERVICES);
    }

    /** Staff who work with services read the provider register (Access.READ_PROVIDERS); councillors and democratic services do not. */
    @ModelAttribute("canSeeProviders")
    boolean canSeeProviders() {
        return Role.PEOPLE_READERS.stream().anyMatch(CurrentStaff::hasRole) || CurrentStaff.hasRole(Role.ADMIN);
    }

    @ModelAttribute("isAdmin")
    boolean isAdmin() {
        return CurrentStaff.hasRole(Role.ADMIN);
    }

    /** The sections and pages this role may use, and where the page open sits among them. */
    @ModelAttribute("navigation")
    Navigation navigation() {
        org.springframework.web.context.request.RequestAttributes request = org.springframework.web.context.request.RequestContextHolder.getRequestAttributes();
        String path = request instanceof org.springframework.web.context.request.ServletRequestAttributes servlet
                ? servlet.getRequest().getRequestURI() : "/";
        boolean figures = canSeeFigures();
        return new Navigation.Builder(path)
                .section("People", "/notes", "/documents")
                .link(canSeePeople(), "Find a person", "/people")
                .link(canSeePeople(), "Your draft case notes", "/notes/drafts")
                .link(answersSubjectAccess(), "Subject access requests", "/subject-access-requests")
                .section("Front door", "/contacts", "/requests", "/frontdoor")
                .link(canWorkRequests(), "Log a contact", "/contacts/new")
                .link(canWorkRequests(), "My caseload", "/caseload")
                .link(canSeePeople(), "Waiting list", "/waiting-list")
                .link(figures, "Front door figures", "/frontdoor/dashboard")
                .section("Care and support", "/assessments", "/support", "/support-plans", "/services", "/discharges", "/packages", "/complaints")
                .link(canWorkSupport(), "Reviews due", "/support/reviews")
                .link(canWorkSupport(), "Hospital discharges", "/discharges")
                .link(canWorkSupport(), "Brokerage", "/brokerage")
                .link(canSeeProviders(), "Providers", "/providers")
                .link(figures, "Care market", "/providers/market")
                .link(isCustomerRelations(), "Complaints and feedback", "/feedback")
                .link(figures, "Support figures", "/support/dashboard")
                .section("Safeguarding", "/mha")
                .link(canWorkSafeguarding(), "Safeguarding work", "/safeguarding")
                .link(isDols() || figures, "DoLS", "/dols")
                .link(isDols() || canWorkRequests() || CurrentStaff.hasRole(Role.PERFORMANCE) || CurrentStaff.hasRole(Role.COUNCILLOR), "Mental Health Act", "/mha")
                .link(figures, "Safeguarding figures", "/safeguarding/figures")
                .section("Money", "/finance")
                .link(true, "Finance", financeHome())
                .section("Performance", "/meetings", "/reports", "/returns", "/actions", "/imports")
                .link(figures, "Scorecard", "/performance")
                .link(canSeeRisks(), "Risks", "/risks")
                .link(canSeeCommittees(), "Committees", "/committees")
                .link(CurrentStaff.hasRole(Role.PERFORMANCE), "Client Level Data return", "/returns/cld")
                .link(CurrentStaff.hasRole(Role.PERFORMANCE) || isAdmin(), "Bring in records", "/imports/cld")
                .section("Administration", "/admin")
                .link(isAdmin(), "Staff", "/admin/users")
                .link(isAdmin(), "Teams", "/admin/teams")
                .link(isAdmin(), "Service accounts", "/admin/service-accounts")
                .link(isAdmin(), "Single sign-on", "/admin/single-sign-on")
                .link(isAdmin(), "Audit trail", "/admin/audit")
                .link(isAdmin(), "Retention", "/admin/retention")
                .link(isAdmin(), "Bank holidays", "/admin/bank-holidays")
                .build();
    }

    /**
     * Every attribute above, for pages no controller renders (an exception handler's refusal or error page): Spring does
     * not apply controller advice there, which left the forbidden page without the council's name or its sections.
     */
    java.util.Map<String, Object> all() {
        java.util.Map<String, Object> attributes = new java.util.HashMap<>();
        for (java.lang.reflect.Method method : LayoutAttributes.class.getDeclaredMethods()) {
            ModelAttribute attribute = method.getAnnotation(ModelAttribute.class);
            if (attribute != null && method.getParameterCount() == 0) {
                try {
                    attributes.put(attribute.value(), method.invoke(this));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return attributes;
    }
}
