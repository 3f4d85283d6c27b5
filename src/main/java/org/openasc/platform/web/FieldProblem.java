package org.openasc.platform.web;

/** One thing wrong with one field, said in plain English with how to fix it. */
public record FieldProblem(String field, String message) {
}
