package org.openasc.platform.web;

import java.util.List;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;


/**
 * How every care and support form is handled: do it and go on, or show the form again with every
 * problem by its field. When the form itself could not be read (a date that is not a date), the
 * service still checks the rest so the person sees every problem at once, and nothing is kept.
 */
@Component
public class FormSubmission {

    private final TransactionTemplate transactions;

    FormSubmission(PlatformTransactionManager transactions) {
        this.transactions = new TransactionTemplate(transactions);
    }

    public String submit(FormFields form, Supplier<String> action, String banner, Runnable reshow, String template, Model model,
                  RedirectAttributes redirect, HttpServletResponse response) {
        try {
            String next = transactions.execute(status -> {
                String then = action.get();
                if (!form.problems().isEmpty()) {
                    status.setRollbackOnly();
                }
                return then;
            });
            if (form.problems().isEmpty()) {
                redirect.addFlashAttribute("banner", banner);
                return "redirect:" + next;
            }
            FormErrors.refused(model, response, form.problems());
        } catch (InvalidInput e) {
            FormErrors.refused(model, response, FormErrors.merge(form.problems(), form.onThisForm(e.problems())));
        } catch (StaleVersion e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("stale", true);
        }
        model.addAttribute("form", form.values());
        reshow.run();
        return template;
    }

    /**
     * The same for a form bound to an object of its own that reads itself into a command, noting in {@code formProblems} what it
     * could not read: nothing is tried while those stand (so nothing needs rolling back here), and a stale version is named on the
     * version field as well.
     */
    public static String submit(List<FieldProblem> formProblems, Supplier<String> action, String banner, Supplier<String> reshow, Model model,
                                RedirectAttributes redirect, HttpServletResponse response) {
        return submit(formProblems, () -> new Done(action.get(), banner), reshow, model, redirect, response);
    }

    /** Where to go next and what to say there, for a form whose banner depends on what the change made. */
    public record Done(String next, String banner) {
    }

    /** As {@link #submit(List, Supplier, String, Supplier, Model, RedirectAttributes, HttpServletResponse)}, the action saying where to go and what to say. */
    public static String submit(List<FieldProblem> formProblems, Supplier<Done> action, Supplier<String> reshow, Model model,
                                RedirectAttributes redirect, HttpServletResponse response) {
        try {
            if (!formProblems.isEmpty()) {
                throw new InvalidInput(formProblems);
            }
            Done done = action.get();
            redirect.addFlashAttribute("banner", done.banner());
            return "redirect:" + done.next();
        } catch (InvalidInput e) {
            FormErrors.refused(model, response, FormErrors.merge(formProblems, e.problems()));
        } catch (StaleVersion e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("stale", true);
            FormErrors.show(model, List.of(new FieldProblem("version", e.getMessage())));
        }
        return reshow.get();
    }

    /** Takes the step, then goes to {@code path}: for an action whose change answers nothing that says where to go. */
    public static String after(String path, Runnable step) {
        step.run();
        return path;
    }

    public static List<Choice> options(List<String> values) {
        return values.stream().map(v -> new Choice(v, v)).toList();
    }
}
