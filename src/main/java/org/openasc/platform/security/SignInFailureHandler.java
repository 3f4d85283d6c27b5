package org.openasc.platform.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Sends a failed sign-in back to the form, saying whether attempts must wait or the security code could not be one
 * (never whether the username exists or has two-factor sign-in).
 */
class SignInFailureHandler implements AuthenticationFailureHandler {

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        String reason = exception instanceof ThrottledSignIn.SignInHeldBack ? "wait"
                : exception instanceof ThrottledSignIn.SecurityCodeUnreadable ? "code" : "failed";
        response.sendRedirect(request.getContextPath() + "/sign-in?" + reason);
    }
}
