package org.openasc.platform.work;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import org.openasc.platform.web.Page;
import org.springframework.security.access.prepost.PreAuthorize;
import org.openasc.platform.security.Access;

/** The caller's work lists over JSON, as their home page shows them. */
@Tag(name = "My work")
@RestController
@PreAuthorize(Access.SIGNED_IN)
class MyWorkApi {

    private final MyWork work;

    MyWorkApi(MyWork work) {
        this.work = work;
    }

    /** Every list the caller's role and teams have, each with its count, its page and its most urgent items. */
    @Operation(summary = "List your work: what is due and overdue for you and your teams")
    @GetMapping(path = "/api/v1/my-work", produces = MediaType.APPLICATION_JSON_VALUE)
    Page<WorkList> myWork() {
        return Page.whole(work.lists());
    }
}
