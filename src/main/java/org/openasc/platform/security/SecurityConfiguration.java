package org.openasc.platform.security;

import java.time.Clock;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

import org.openasc.platform.audit.AuditTrail;
import org.openasc.platform.web.Problems;

/**
 * Two doors, one set of accounts: the JSON API takes an API token (service accounts), HTTP Basic or
 * the browser session and answers problem+json; pages use the sign-in form. Both need a signed-in
 * member of staff for everything except the health check, the sign-in page and static assets.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, JdbcClient jdbc, AuditTrail audit, Clock clock, RememberedCredentials remembered,
                            SignInThrottle throttle) throws Exception {
        AuthenticationEntryPoint unauthenticated = (request, response, e) -> {
            if (e instanceof ThrottledSignIn.SignInHeldBack held) {
                response.setHeader("Retry-After", String.valueOf(Math.max(1, held.retryAfter().toSeconds())));
                Problems.write(response, HttpStatus.TOO_MANY_REQUESTS, "Too many failed sign-ins for this username or from this address: wait and try again.");
                return;
            }
            if (e instanceof ThrottledSignIn.SecondFactorNeedsSession) {
                // Said only after the right password, so it tells a guesser nothing a successful Basic sign-in would not.
                response.setHeader("WWW-Authenticate", "Bearer realm=\"OpenASC\"");
                Problems.write(response, HttpStatus.UNAUTHORIZED, "This account has two-factor sign-in, which HTTP Basic cannot carry: "
                        + "use a browser session signed in with its security code, or an API token (Authorization: Bearer) for integrations.");
                return;
            }
            response.setHeader("WWW-Authenticate", "Basic realm=\"OpenASC\"");
            Problems.write(response, HttpStatus.UNAUTHORIZED, "Sign in first: send an API token (Authorization: Bearer), HTTP Basic credentials of a staff account, or use a signed-in browser session.");
        };
        AccessDeniedHandler denied = (request, response, e) -> Problems.write(response, HttpStatus.FORBIDDEN,
                "Your role does not allow this.");
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/api/v1/users/**", "/api/v1/teams/**", "/api/v1/audit/**", "/api/v1/service-accounts/**",
                                "/api/v1/tokens/**", "/api/v1/single-sign-on/**").hasRole(Role.ADMIN.name())
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(unauthenticated))
                .authenticationManager(remembered::authenticate)
                .exceptionHandling(errors -> errors.authenticationEntryPoint(unauthenticated).accessDeniedHandler(denied))
                .addFilterBefore(new BearerTokenSignIn(jdbc, audit, clock, throttle), CsrfFilter.class)
                .addFilterBefore(new SessionRevocation(jdbc, audit), AuthorizationFilter.class)
                // A request that authenticates itself (HTTP Basic, checked after this; or an API token, already
                // accepted, since any other bearer token was refused) carries no ambient credential a forged form
                // could ride on; any other request (a session cookie) needs the CSRF token.
                .csrf(csrf -> csrf.ignoringRequestMatchers(request -> basicCredentials(request)
                        || request.getAttribute(BearerTokenSignIn.SIGNED_IN) != null))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'")));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, JdbcClient jdbc, AuditTrail audit, SingleSignOn singleSignOn) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/sign-in", "/sign-in/refused", "/assets/**", "/favicon.ico", "/actuator/health", "/error").permitAll()
                        .requestMatchers("/admin/**").hasRole(Role.ADMIN.name())
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/sign-in").loginProcessingUrl("/sign-in")
                        .authenticationDetailsSource(SecurityCodeDetails::new)
                        .defaultSuccessUrl("/", false)
                        .failureHandler(new SignInFailureHandler()))
                .addFilterBefore(new SessionRevocation(jdbc, audit), AuthorizationFilter.class)
                .logout(logout -> logout.logoutUrl("/sign-out").logoutSuccessUrl("/sign-in?signed-out"))
                .exceptionHandling(errors -> errors.accessDeniedHandler((request, response, e) -> {
                    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
                    request.getRequestDispatcher("/error/forbidden").forward(request, response);
                }))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        singleSignOn.applyTo(http);
        return http.build();
    }

    private static boolean basicCredentials(jakarta.servlet.http.HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
    }
}
