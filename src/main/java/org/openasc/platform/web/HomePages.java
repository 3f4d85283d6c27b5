package org.openasc.platform.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The home page, the sign-in page and the refusal page the security filters forward to. */
@Controller
class HomePages {

    @GetMapping("/")
    String home() {
        return "home";
    }

    @GetMapping("/sign-in")
    String signIn() {
        return "sign-in";
    }

    @RequestMapping("/error/forbidden")
    String forbidden() {
        return "error/forbidden";
    }
}
