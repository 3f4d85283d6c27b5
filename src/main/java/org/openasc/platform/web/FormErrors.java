package org.openasc.platform.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

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

    /** The page again, answered 400, with every problem by its field. */
    public static void refused(Model model, HttpServletResponse response, List<FieldProblem> problems) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        show(model, problems);
    }

    /**
     * Fills a page whose question may be refused (a year out of range, a date that is not one): what {@code fill} adds to the model,
     * or, when it refuses its input, the problems by their fields, answered 400. True when the page was filled.
     */
    public static boolean filled(Model model, HttpServletResponse response, Runnable fill) {
        try {
            fill.run();
            return true;
        } catch (InvalidInput e) {
            refused(model, response, e.problems());
            return false;
        }
    }

    public static void show(Model model, List<FieldProblem> problems) {
        Map<String, String> byField = new LinkedHashMap<>();
        problems.forEach(p -> byField.putIfAbsent(p.field(), p.message()));
        model.addAttribute("problems", problems);
        model.addAttribute("errors", byField);
    }
}
