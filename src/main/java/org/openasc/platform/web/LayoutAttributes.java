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

    LayoutAttributes(PlatformProperties properties) {
        this.properties = properties;
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

    @ModelAttribute("isDols")
    boolean isDols() {
        return CurrentStaff.hasRole(Role.DOLS);
    }

    @ModelAttribute("canSeeFigures")
    boolean canSeeFigures() {
        return CurrentStaff.hasRole(Role.TEAM_MANAGER) || CurrentStaff.hasRole(Role.PERFORMANCE) || CurrentStaff.hasRole(Role.COUNCILLOR)
                || CurrentStaff.hasRole(Role.DEMOCRATIC_SERVICES);
    }

    @ModelAttribute("canSeeProviders")
    boolean canSeeProviders() {
        return !CurrentStaff.hasRole(Role.COUNCILLOR) && !"anonymousUser".equals(CurrentStaff.username()) && !"system".equals(CurrentStaff.username());
    }

    @ModelAttribute("isAdmin")
    boolean isAdmin() {
        return CurrentStaff.hasRole(Role.ADMIN);
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
