package org.openasc.platform.web;

import org.springframework.stereotype.Controller;
import org.openasc.platform.security.Access;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The home page, the sign-in page and the refusal page the security filters forward to. */
@Controller
class HomePages {

    private final java.util.List<HomePanels> panels;
    private final org.openasc.platform.work.MyWork work;
    private final org.openasc.platform.security.SingleSignOn singleSignOn;

    HomePages(java.util.List<HomePanels> panels, org.openasc.platform.work.MyWork work,
              org.openasc.platform.security.SingleSignOn singleSignOn) {
        this.panels = panels;
        this.work = work;
        this.singleSignOn = singleSignOn;
    }

    /** My work: the signed-in member of staff's lists, every count a link to its list and every item with its clock. */
    @PreAuthorize(Access.SIGNED_IN)
    @GetMapping("/")
    String home(org.springframework.ui.Model model) {
        model.addAttribute("work", work.lists());
        model.addAttribute("panels", panels.stream().flatMap(p -> p.panels().stream()).toList());
        return "home";
    }

    /** The sign-in page; after a failed or held-back sign-in its title starts "Error: " as its error summary shows. */
    @PreAuthorize(Access.ANYONE)
    @GetMapping("/sign-in")
    String signIn(@org.springframework.web.bind.annotation.RequestParam(required = false) String failed,
                  @org.springframework.web.bind.annotation.RequestParam(required = false) String wait,
                  @org.springframework.web.bind.annotation.RequestParam(required = false) String code,
                  @org.springframework.web.bind.annotation.RequestParam(name = "sso-failed", required = false) String singleSignOnFailed,
                  org.springframework.ui.Model model) {
        model.addAttribute("signInRefused", failed != null || wait != null || code != null || singleSignOnFailed != null);
        model.addAttribute("singleSignOn", singleSignOn.button());
        model.addAttribute("securityCodeRefused", code != null);
        return "sign-in";
    }

    @PreAuthorize(Access.ANYONE)
    @RequestMapping("/error/forbidden")
    String forbidden() {
        return "error/forbidden";
    }
}
