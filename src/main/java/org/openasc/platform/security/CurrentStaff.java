package org.openasc.platform.security;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** The member of staff (or the service account, for a request signed in with an API token) making the current request. */
public final class CurrentStaff {

    /**
     * Who the audit trail and histories name for work the application does by itself with nobody signed in: event
     * listeners, scheduled work, start-up. The detail says whose action led to it.
     */
    public static final String SYSTEM = "system";

    /**
     * Names the application writes as the actor in the audit trail and histories ({@link #SYSTEM}, the demo council's
     * loader, Spring Security's anonymous caller), so never the username of an account: a person named so would be
     * indistinguishable from the application's own work.
     */
    public static final java.util.Set<String> RESERVED_USERNAMES = java.util.Set.of(SYSTEM, "demo", "anonymoususer");

    private CurrentStaff() {
    }

    public static String username() {
        return authentication().map(Authentication::getName).orElse(SYSTEM);
    }

    public static boolean hasRole(Role role) {
        return authentication().stream()
                .flatMap(a -> a.getAuthorities().stream())
                .map(GrantedAuthority::getAuthority)
                .anyMatch(role.authority()::equals);
    }

    /** The API token the current request signed in with, when {@code actor} is its service account; otherwise null. */
    public static Long apiTokenOf(String actor) {
        return authentication().filter(ServiceAccountSignIn.class::isInstance).map(ServiceAccountSignIn.class::cast)
                .filter(signIn -> signIn.getName().equals(actor)).map(ServiceAccountSignIn::tokenId).orElse(null);
    }

    private static Optional<Authentication> authentication() {
        return Optional.ofNullable(SecurityContextHolder.getContext().getAuthentication())
                .filter(Authentication::isAuthenticated);
    }
}
