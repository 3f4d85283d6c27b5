package org.openasc.platform.web;

import java.util.List;

/** A request that clashes with an existing record, such as a second live record with the same NHS number. */
public class Conflict extends RuntimeException {

    private final transient List<FieldProblem> problems;
    private final String existing;

    public Conflict(FieldProblem problem, String existing) {
        super(problem.message());
        this.problems = List.of(problem);
        this.existing = existing;
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    /** The path of the record this one clashes with. */
    public String existing() {
        return existing;
    }
}
