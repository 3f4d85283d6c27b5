package org.openasc.platform.security;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Loads a local staff account and its roles; failed sign-ins slow attempts (SignInThrottle) rather than lock the account.
 * Service accounts have no password and are not found here: they sign in only with API tokens; nor are accounts that
 * sign in through the council's identity provider (ADR 25), so the form and HTTP Basic refuse them as a wrong password. Not a bean: it is
 * used only inside {@link ThrottledSignIn}, and a UserDetailsService bean beside that provider would only make Spring
 * Security warn that it is ignored.
 */
@WithoutStaffCheck("the sign-in machinery: runs before anyone is signed in")
final class StaffUserDetailsService implements UserDetailsService {

    private final JdbcClient jdbc;

    StaffUserDetailsService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        record Account(long id, String username, String passwordHash, boolean enabled) {
        }
        Account account = jdbc.sql("""
                select id, username, password_hash, enabled
                from platform.staff_user where username = :username and kind = 'staff' and password_hash is not null""")
                .param("username", username == null ? "" : username.trim().toLowerCase())
                .query(Account.class).optional()
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
        List<SimpleGrantedAuthority> authorities = jdbc.sql("select role from platform.staff_role where user_id = :id")
                .param("id", account.id())
                .query(String.class).list().stream()
                .map(role -> new SimpleGrantedAuthority("ROLE_" + role))
                .toList();
        return User.withUsername(account.username())
                .password(account.passwordHash())
                .disabled(!account.enabled())
                .authorities(authorities)
                .build();
    }
}
