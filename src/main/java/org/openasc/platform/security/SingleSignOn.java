package org.openasc.platform.security;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.stereotype.Component;

import org.openasc.platform.PlatformProperties;
import org.openasc.platform.audit.AuditTrail;

/**
 * Single sign-on with the council's identity provider over OpenID Connect (ADR 25), beside the local accounts kept for
 * small councils and break-glass: the sign-in page offers a button when it is configured, and the pages' filter chain
 * signs people in through the provider. The provider's settings are read when someone first uses the button, not at
 * start, so an identity provider that cannot be reached never stops OpenASC starting or local accounts signing in.
 * Only who the person is is taken from the provider: its access tokens are not kept (OpenASC calls no API with them).
 */
@Component
@EnableConfigurationProperties(SingleSignOnSettings.class)
public class SingleSignOn {

    private static final Logger LOG = LoggerFactory.getLogger(SingleSignOn.class);
    private static final String REDIRECT_PATH = "/login/oauth2/code/" + SingleSignOnSettings.REGISTRATION;

    /** How single sign-on is set up, for the administrator's page: the redirect URI is to register with the provider. */
    public record Setup(boolean on, String issuerUri, String clientId, String button, String redirectPath, List<String> groupClaims) {
    }

    private final SingleSignOnSettings settings;
    private final String councilName;
    private final SingleSignOnAccounts accounts;
    private final AuditTrail audit;
    private volatile ClientRegistration registration;

    SingleSignOn(SingleSignOnSettings settings, PlatformProperties platform, SingleSignOnAccounts accounts, AuditTrail audit) {
        this.settings = settings;
        this.councilName = platform.councilName();
        this.accounts = accounts;
        this.audit = audit;
    }

    /** The words on the sign-in page's button ("Sign in with Kent County Council"), or null when single sign-on is off. */
    @WithoutStaffCheck("the sign-in page shows it before anyone has signed in")
    public String button() {
        return settings.on() ? "Sign in with " + (settings.name() != null ? settings.name() : councilName) : null;
    }

    @PreAuthorize(Access.ADMINISTER)
    public Setup setup() {
        return new Setup(settings.on(), settings.issuerUri(), settings.clientId(), button(), REDIRECT_PATH, settings.groupClaims());
    }

    /** Adds sign-in through the identity provider to the pages' filter chain, when it is configured. */
    void applyTo(HttpSecurity http) throws Exception {
        if (!settings.on()) {
            return;
        }
        http.oauth2Login(login -> {
            login.loginPage("/sign-in")
                    .clientRegistrationRepository(this::registration)
                    .authorizedClientRepository(new NothingKept())
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(new SingleSignOnUsers(accounts, settings.groupClaims())))
                    .defaultSuccessUrl("/", false)
                    .failureHandler(this::failed);
            // A provider that cannot be reached when the button is pressed: back to the sign-in page saying so, not a 500.
            login.addObjectPostProcessor(new ObjectPostProcessor<OAuth2AuthorizationRequestRedirectFilter>() {
                @Override
                public <O extends OAuth2AuthorizationRequestRedirectFilter> O postProcess(O filter) {
                    filter.setAuthenticationFailureHandler(SingleSignOn.this::failed);
                    return filter;
                }
            });
        });
    }

    private ClientRegistration registration(String id) {
        if (!SingleSignOnSettings.REGISTRATION.equals(id)) {
            return null;
        }
        ClientRegistration known = registration;
        if (known == null) {
            synchronized (this) {
                if (registration == null) {
                    registration = ClientRegistrations.fromOidcIssuerLocation(settings.issuerUri())
                            .registrationId(SingleSignOnSettings.REGISTRATION)
                            .clientId(settings.clientId()).clientSecret(settings.clientSecret())
                            .scope("openid", "profile", "email")
                            .build();
                }
                known = registration;
            }
        }
        return known;
    }

    /** A refusal (no role, disabled) has its own page; anything else (cancelled, provider error) goes back to sign-in, audited. */
    private void failed(HttpServletRequest request, HttpServletResponse response, AuthenticationException e) throws IOException {
        if (e instanceof OAuth2AuthenticationException refused && SingleSignOnUsers.REFUSED.equals(refused.getError().getErrorCode())) {
            response.sendRedirect(request.getContextPath() + "/sign-in/refused?reason=" + refused.getError().getDescription());
            return;
        }
        String code = e instanceof OAuth2AuthenticationException oauth ? oauth.getError().getErrorCode() : e.getClass().getSimpleName();
        code = code == null ? "unknown" : code.length() > 80 ? code.substring(0, 80) : code;
        LOG.warn("Single sign-on did not complete: {} ({})", code, e.getCause() == null ? e.getClass().getSimpleName() : e.getCause().toString());
        audit.recordRegardless("unknown", AuditTrail.Action.SIGN_IN_FAILED, "staff-user", null, null,
                "Single sign-on did not complete (" + code + "), from " + request.getRemoteAddr());
        response.sendRedirect(request.getContextPath() + "/sign-in?sso-failed");
    }

    /** Keeps no access or refresh token: OpenASC learns who the person is and calls no API of the provider's. */
    private static final class NothingKept implements OAuth2AuthorizedClientRepository {

        @Override
        public <T extends OAuth2AuthorizedClient> T loadAuthorizedClient(String registrationId, Authentication principal, HttpServletRequest request) {
            return null;
        }

        @Override
        public void saveAuthorizedClient(OAuth2AuthorizedClient client, Authentication principal, HttpServletRequest request,
                                         HttpServletResponse response) {
            // Deliberately nothing: see the class comment.
        }

        @Override
        public void removeAuthorizedClient(String registrationId, Authentication principal, HttpServletRequest request,
                                           HttpServletResponse response) {
            // Nothing was kept.
        }
    }
}
