package org.openasc.platform.security;

import java.io.Serial;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * A sign-in form's details: the address (for the throttle) and the security code typed, checked by
 * {@link ThrottledSignIn} once the password is right. The code is transient: these details stay on the
 * signed-in session, which is kept in the database, and a used code has no business there.
 */
final class SecurityCodeDetails extends WebAuthenticationDetails {

    @Serial
    private static final long serialVersionUID = 1L;

    static final String PARAMETER = "securityCode";

    private final transient String securityCode;

    SecurityCodeDetails(HttpServletRequest request) {
        super(request);
        this.securityCode = request.getParameter(PARAMETER);
    }

    /** The code as typed, null if the field was not sent. */
    String securityCode() {
        return securityCode;
    }
}
