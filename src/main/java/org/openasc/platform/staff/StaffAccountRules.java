package org.openasc.platform.staff;

import java.util.List;
import java.util.Set;

import org.openasc.platform.security.Role;
import org.openasc.platform.web.FieldProblem;

/** What a staff account must be, checked the same way when an administrator creates or changes it. */
final class StaffAccountRules {

    private StaffAccountRules() {
    }

    /** The name, email and roles every account needs, whether created or changed. */
    static void common(String displayName, String email, Set<Role> roles, List<FieldProblem> problems) {
        if (displayName == null || displayName.isBlank()) {
            problems.add(new FieldProblem("displayName", "Enter the person's full name"));
        } else if (displayName.trim().length() > 100) {
            problems.add(new FieldProblem("displayName", "Full name must be 100 characters or fewer"));
        }
        if (email != null && !email.isBlank() && !email.trim().matches("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$")) {
            problems.add(new FieldProblem("email", "Enter an email address in the correct format, like name@council.gov.uk"));
        }
        if (roles == null || roles.isEmpty()) {
            problems.add(new FieldProblem("roles", "Select at least one role"));
        } else if (roles.contains(Role.COUNCILLOR) && roles.size() > 1) {
            problems.add(new FieldProblem("roles", "A councillor account sees figures only and cannot also hold a staff role"));
        }
    }

    /** A local password by the NCSC's guidance ({@link PasswordPolicy}); {@code required} when the account is new. */
    static void password(String password, String username, boolean required, List<FieldProblem> problems) {
        if (password == null || password.isBlank()) {
            if (required) {
                problems.add(new FieldProblem("password", "Enter a password of at least " + PasswordPolicy.MIN + " characters"));
            }
            return;
        }
        PasswordPolicy.problem(password, username).ifPresent(p -> problems.add(new FieldProblem("password", p)));
    }
}
