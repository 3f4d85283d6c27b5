package org.openasc.platform.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.ui.Model;

/** Puts field problems on a page: the error summary list and, per field, the first message. */
public final class FormErrors {

    private FormErrors() {
    }

    /** The form's own problems (unreadable dates, say) first, then the service's for fields not already named. */
    public static List<FieldProblem> merge(List<FieldProblem> first, List<FieldProblem> second) {
        List<FieldProblem> all = new java.util.ArrayList<>(first);
        second.stream().filter(p -> first.stream().noneMatch(f -> f.field().equals(p.field()))).forEach(all::add);
        return all;
    }

    public static void show(Model model, List<FieldProblem> problems) {
        Map<String, String> byField = new LinkedHashMap<>();
        problems.forEach(p -> byField.putIfAbsent(p.field(), p.message()));
        model.addAttribute("problems", problems);
        model.addAttribute("errors", byField);
    }
}
