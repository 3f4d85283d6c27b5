package org.openasc.platform.codelist;

import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import org.openasc.platform.security.Access;
import org.openasc.platform.web.NotFound;

/** Read-only access to the code lists, so other systems validate with the same spellings. */
@RestController
@RequestMapping("/api/v1/code-lists")
@PreAuthorize(Access.SIGNED_IN)
class CodeListApi {

    private final CodeLists codeLists;

    CodeListApi(CodeLists codeLists) {
        this.codeLists = codeLists;
    }

    @GetMapping
    Map<String, List<String>> names() {
        return Map.of("items", codeLists.names());
    }

    @GetMapping("/{name}")
    CodeLists.CodeList list(@PathVariable String name) {
        return codeLists.list(name).orElseThrow(() -> new NotFound("The code list " + name));
    }
}
