package org.openasc.platform.work;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import org.openasc.platform.web.Page;

/** The caller's work lists over JSON, as their home page shows them. */
@RestController
class MyWorkApi {

    private final MyWork work;

    MyWorkApi(MyWork work) {
        this.work = work;
    }

    /** Every list the caller's role and teams have, each with its count, its page and its most urgent items. */
    @GetMapping(path = "/api/v1/my-work", produces = MediaType.APPLICATION_JSON_VALUE)
    Page<WorkList> myWork() {
        return Page.whole(work.lists());
    }
}
