package org.openasc.imports.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import org.openasc.imports.CldImport;

/**
 * A Client Level Data file brought in over the API, as a CSV body or a multipart {@code file}: 200 with what it did (or
 * would do, with {@code dryRun=true}); 422 with every refused row when the file is refused, nothing applied.
 */
@RestController
@RequestMapping(path = "/api/v1/imports", produces = MediaType.APPLICATION_JSON_VALUE)
class ImportApi {

    private final CldImport imports;

    ImportApi(CldImport imports) {
        this.imports = imports;
    }

    @PostMapping(path = "/cld", consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE})
    ResponseEntity<CldImport.Result> csv(@RequestBody String csv, @RequestParam(required = false) Long teamId,
                                         @RequestParam(defaultValue = "false") boolean dryRun) {
        return answer(imports.load(csv, teamId, dryRun));
    }

    @PostMapping(path = "/cld", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<CldImport.Result> upload(@RequestPart("file") MultipartFile file, @RequestParam(required = false) Long teamId,
                                            @RequestParam(defaultValue = "false") boolean dryRun) throws IOException {
        return answer(imports.load(new String(file.getBytes(), StandardCharsets.UTF_8), teamId, dryRun));
    }

    private static ResponseEntity<CldImport.Result> answer(CldImport.Result result) {
        return ResponseEntity.status(result.refused().isEmpty() ? 200 : 422).body(result);
    }
}
