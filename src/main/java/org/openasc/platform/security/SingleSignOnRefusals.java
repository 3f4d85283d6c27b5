package org.openasc.platform.security;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Tells a person the identity provider vouched for why OpenASC still did not let them in, and whom to ask. */
@Controller
class SingleSignOnRefusals {

    private final SingleSignOn singleSignOn;

    SingleSignOnRefusals(SingleSignOn singleSignOn) {
        this.singleSignOn = singleSignOn;
    }

    @PreAuthorize(Access.ANYONE)
    @GetMapping("/sign-in/refused")
    String refused(@RequestParam(required = false) String reason, Model model) {
        model.addAttribute("reason", reason == null ? "" : reason);
        model.addAttribute("button", singleSignOn.button());
        return "sign-in-refused";
    }
}
