package org.openasc.platform.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The one way to say that a public service method (or every method of a service) runs without a role check, and why:
 * event listeners, scheduled work, start-up, the sign-in machinery, and contributions another module's service calls
 * only after its own {@code @PreAuthorize}. Everything else needs an {@link Access} rule; the build fails otherwise
 * ({@code AuthorisationRuleTest}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface WithoutStaffCheck {

    /** Why no signed-in member of staff is checked here, in a sentence. */
    String value();
}
