package org.openasc.platform.security;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** The member of staff making the current request. */
public final class CurrentStaff {

    private CurrentStaff() {
    }

    public static String username() {
        return authentication().map(Authentication::getName).orElse("system");
    }

    public static boolean hasRole(Role role) {
        return authentication().stream()
                .flatMap(a -> a.getAuthorities().stream())
                .map(GrantedAuthority::getAuthority)
                .anyMatch(role.authority()::equals);
    }

    private static Optional<Authentication> authentication() {
        return Optional.ofNullable(SecurityContextHolder.getContext().getAuthentication())
                .filter(Authentication::isAuthenticated);
    }
}
