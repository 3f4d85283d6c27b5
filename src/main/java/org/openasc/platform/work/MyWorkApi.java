package org.openasc.platform.work;

import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's work lists over JSON, as their home page shows them. */
@RestController
class MyWorkApi {

    private final MyWork work;

    MyWorkApi(MyWork work) {
        this.work = work;
    }

    /** Every list the caller's role and teams have, each with its count, its page and its most urgent items. */
    public record Lists(List<WorkList> items) {
    }

    @GetMapping(path = "/api/v1/my-work", produces = MediaType.APPLICATION_JSON_VALUE)
    Lists myWork() {
        return new Lists(work.lists());
    }
}
