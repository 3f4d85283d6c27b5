package org.openasc.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.openasc.platform.web.FormErrors;
import org.openasc.platform.web.InvalidInput;
import org.springframework.security.access.prepost.PreAuthorize;

/** The signed-in member of staff sets up, confirms and turns off their own two-factor sign-in. */
@Controller
@PreAuthorize(Access.SIGNED_IN)
class TwoFactorPages {

    private static final String PAGE = "/account/two-factor";

    private final SecondFactors secondFactors;

    TwoFactorPages(SecondFactors secondFactors) {
        this.secondFactors = secondFactors;
    }

    @GetMapping(PAGE)
    String page(Model model) {
        model.addAttribute("on", secondFactors.isOnForMe());
        model.addAttribute("singleSignOn", secondFactors.isSingleSignOnForMe());
        model.addAttribute("pending", secondFactors.pendingForMe().orElse(null));
        return "account/two-factor";
    }

    @PostMapping(PAGE + "/start")
    String start(Model model, HttpServletResponse response) {
        try {
            secondFactors.start();
            return "redirect:" + PAGE;
        } catch (InvalidInput e) {
            return refused(e, model, response);
        }
    }

    @PostMapping(PAGE + "/confirm")
    String confirm(@RequestParam(required = false) String code, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        try {
            secondFactors.confirm(code);
            redirect.addFlashAttribute("banner", "Two-factor sign-in is on: from now on, sign in with your password and a code from your app");
            return "redirect:" + PAGE;
        } catch (InvalidInput e) {
            return refused(e, model, response);
        }
    }

    @PostMapping(PAGE + "/turn-off")
    String turnOff(@RequestParam(required = false) String code, Model model, RedirectAttributes redirect,
                   HttpServletRequest request, HttpServletResponse response) {
        try {
            secondFactors.turnOff(code, request.getRemoteAddr());
            redirect.addFlashAttribute("banner", "Two-factor sign-in is off: you sign in with your password alone");
            return "redirect:" + PAGE;
        } catch (InvalidInput e) {
            return refused(e, model, response);
        }
    }

    private String refused(InvalidInput e, Model model, HttpServletResponse response) {
        FormErrors.refused(model, response, e.problems());
        return page(model);
    }
}
