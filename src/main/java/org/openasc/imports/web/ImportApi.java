package org.openasc.imports.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

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
import org.openasc.platform.security.Access;
import org.openasc.platform.web.Uploads;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * A Client Level Data file brought in over the API, as a CSV body or a multipart {@code file}: 200 with what it did (or
 * would do, with {@code dryRun=true}); 422 with every refused row when the file is refused, nothing applied.
 */
@Tag(name = "Bringing records in")
@RestController
@RequestMapping(path = "/api/v1/imports", produces = MediaType.APPLICATION_JSON_VALUE)
@PreAuthorize(Access.IMPORT_RECORDS)
class ImportApi {

    private final CldImport imports;

    ImportApi(CldImport imports) {
        this.imports = imports;
    }

    @Operation(summary = "Bring in a council's records from its previous system's Client Level Data file, sent as text",
            description = "The whole file is checked by the DHSC rules first; any refused row means nothing is applied. The same file twice changes nothing.")
    @PostMapping(path = "/cld", consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE})
    ResponseEntity<CldImport.Result> csv(@RequestBody String csv, @RequestParam(required = false) Long teamId,
                                         @RequestParam(defaultValue = "false") boolean dryRun) {
        return answer(imports.load(csv, teamId, dryRun));
    }

    @Operation(summary = "Bring in a council's records from an uploaded Client Level Data file",
            description = "The whole file is checked by the DHSC rules first; any refused row means nothing is applied. The same file twice changes nothing.")
    @PostMapping(path = "/cld", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<CldImport.Result> upload(@RequestPart("file") MultipartFile file, @RequestParam(required = false) Long teamId,
                                            @RequestParam(defaultValue = "false") boolean dryRun) {
        return answer(imports.load(Uploads.required(file, "file", "Choose the CSV file to bring in"), teamId, dryRun));
    }

    private static ResponseEntity<CldImport.Result> answer(CldImport.Result result) {
        return ResponseEntity.status(result.refused().isEmpty() ? 200 : 422).body(result);
    }
}
