package org.openasc.platform.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

import org.openasc.platform.web.FieldChecks;

/**
 * The council's identity provider for single sign-on over OpenID Connect (ADR 25), from the environment only: off
 * unless an issuer is given, and then its client id and secret are needed too. {@code name} finishes the sign-in
 * button ("Sign in with Kent County Council"; the council's name when not given); {@code groupClaims} are the claims
 * whose values administrators map to roles and teams (Entra ID sends group object ids in {@code groups} and app role
 * values in {@code roles}).
 */
@ConfigurationProperties("openasc.single-sign-on")
public record SingleSignOnSettings(String issuerUri, String clientId, String clientSecret, String name, List<String> groupClaims) {

    /** The id in the redirect URI registered with the identity provider: {@code /login/oauth2/code/council}. */
    static final String REGISTRATION = "council";

    public SingleSignOnSettings {
        issuerUri = FieldChecks.trimmed(issuerUri);
        clientId = FieldChecks.trimmed(clientId);
        clientSecret = FieldChecks.trimmed(clientSecret);
        name = FieldChecks.trimmed(name);
        groupClaims = groupClaims == null || groupClaims.isEmpty() ? List.of("groups", "roles")
                : groupClaims.stream().map(String::strip).filter(c -> !c.isEmpty()).toList();
        if (issuerUri != null && (clientId == null || clientSecret == null)) {
            throw new IllegalArgumentException("Single sign-on needs OPENASC_SSO_CLIENT_ID and OPENASC_SSO_CLIENT_SECRET as well as "
                    + "OPENASC_SSO_ISSUER_URI: set both, or unset OPENASC_SSO_ISSUER_URI to sign in with local accounts only");
        }
    }

    /** Whether single sign-on is configured. */
    public boolean on() {
        return issuerUri != null;
    }
}
