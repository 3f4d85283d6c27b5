package org.openasc.platform.codelist;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import org.openasc.platform.security.Access;
import org.openasc.platform.web.NotFound;

/** Read-only access to the code lists, so other systems validate with the same spellings. */
@Tag(name = "Code lists")
@RestController
@RequestMapping("/api/v1/code-lists")
@PreAuthorize(Access.SIGNED_IN)
class CodeListApi {

    private final CodeLists codeLists;

    CodeListApi(CodeLists codeLists) {
        this.codeLists = codeLists;
    }

    @Operation(summary = "List the names of the code lists")
    @GetMapping
    Map<String, List<String>> names() {
        return Map.of("items", codeLists.names());
    }

    @Operation(summary = "Read a code list: its codes exactly as national returns spell them, with its source and version")
    @GetMapping("/{name}")
    CodeLists.CodeList list(@PathVariable String name) {
        return codeLists.list(name).orElseThrow(() -> new NotFound("The code list " + name));
    }
}
