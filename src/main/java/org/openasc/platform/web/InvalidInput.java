package org.openasc.platform.web;

import java.util.List;

/** Input that breaks a rule; nothing has been saved. */
public class InvalidInput extends RuntimeException {

    private final transient List<FieldProblem> problems;

    public InvalidInput(List<FieldProblem> problems) {
        super("Invalid input: " + problems.stream().map(FieldProblem::field).toList());
        this.problems = List.copyOf(problems);
    }

    public InvalidInput(String field, String message) {
        this(List.of(new FieldProblem(field, message)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    /**
     * The same refusal for an operator whose environment setting broke the rule at start-up: names the setting and
     * each rule, never the value (a password).
     */
    public IllegalStateException refusedSetting(String setting) {
        return new IllegalStateException(setting + " is not accepted: "
                + String.join("; ", problems.stream().map(FieldProblem::message).toList()) + ". Choose another and start again.", this);
    }
}
