package org.openasc;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Service;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import org.openasc.platform.security.WithoutStaffCheck;

/**
 * Deny by default, as a build rule: every page and API handler and every public method of a module service carries
 * an authorisation rule ({@code @PreAuthorize} on the method or its class), so a new method cannot quietly be open to
 * every signed-in role, councillors included. Work that runs without a member of staff (listeners, scheduled work,
 * start-up, sign-in, contributions another module's checked service calls) says so and why with
 * {@link WithoutStaffCheck}, the one exemption, which controllers cannot use.
 *
 * <p>A service is a {@code @Service} or {@code @Component} class outside the {@code web} packages (configuration classes
 * are not services); its public instance methods are what other code calls through the Spring proxy.
 */
class AuthorisationRuleTest {

    private static final List<Class<? extends java.lang.annotation.Annotation>> HANDLER_MAPPINGS = List.of(RequestMapping.class,
            GetMapping.class, PostMapping.class, PutMapping.class, PatchMapping.class, DeleteMapping.class);

    @Test
    void everyPageAndApiHandlerHasAnAuthorisationRule() {
        methods().that().areDeclaredInClassesThat(controllers()).and(handlers())
                .should(haveAnAuthorisationRule(false))
                .because("a handler without @PreAuthorize is open to every signed-in role")
                .check(ModularityTest.CLASSES);
    }

    @Test
    void everyPublicServiceMethodHasAnAuthorisationRuleOrSaysWhyNot() {
        methods().that().areDeclaredInClassesThat(services()).and().arePublic().and(instanceMethods())
                .should(haveAnAuthorisationRule(true))
                .because("a service method without @PreAuthorize is open to every signed-in role; "
                        + "work without a signed-in member of staff says why with @WithoutStaffCheck")
                .check(ModularityTest.CLASSES);
    }

    private static DescribedPredicate<JavaClass> controllers() {
        return DescribedPredicate.describe("are controllers", type -> type.isMetaAnnotatedWith(Controller.class));
    }

    private static DescribedPredicate<JavaClass> services() {
        return DescribedPredicate.describe("are module services", type -> !type.getPackageName().contains(".web")
                && (type.isAnnotatedWith(Service.class) || type.isAnnotatedWith(Component.class))
                && !type.isMetaAnnotatedWith(org.springframework.context.annotation.Configuration.class));
    }

    private static DescribedPredicate<JavaMethod> handlers() {
        return DescribedPredicate.describe("handle requests", method -> HANDLER_MAPPINGS.stream().anyMatch(method::isAnnotatedWith));
    }

    private static DescribedPredicate<JavaMethod> instanceMethods() {
        return DescribedPredicate.describe("are instance methods", method -> !method.getModifiers().contains(JavaModifier.STATIC)
                && !method.getModifiers().contains(JavaModifier.SYNTHETIC) && !method.getModifiers().contains(JavaModifier.BRIDGE));
    }

    private static String reason(JavaMethod method) {
        WithoutStaffCheck exemption = method.isAnnotatedWith(WithoutStaffCheck.class) ? method.getAnnotationOfType(WithoutStaffCheck.class)
                : method.getOwner().getAnnotationOfType(WithoutStaffCheck.class);
        return exemption.value().strip();
    }

    private static ArchCondition<JavaMethod> haveAnAuthorisationRule(boolean exemptionAllowed) {
        return new ArchCondition<>(exemptionAllowed ? "have @PreAuthorize or @WithoutStaffCheck" : "have @PreAuthorize") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                JavaClass owner = method.getOwner();
                boolean ruled = method.isAnnotatedWith(PreAuthorize.class) || owner.isAnnotatedWith(PreAuthorize.class);
                boolean exempt = exemptionAllowed && (method.isAnnotatedWith(WithoutStaffCheck.class) || owner.isAnnotatedWith(WithoutStaffCheck.class));
                if (!ruled && !exempt) {
                    events.add(SimpleConditionEvent.violated(method, method.getFullName() + " has no authorisation rule"));
                } else if (!ruled && reason(method).length() < 20) {
                    events.add(SimpleConditionEvent.violated(method, method.getFullName() + " is exempt without saying why"));
                }
            }
        };
    }
}
