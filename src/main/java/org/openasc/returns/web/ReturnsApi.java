package org.openasc.returns.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.openasc.platform.csv.CsvFiles;
import org.openasc.returns.SacReturn;
import org.openasc.returns.SafeguardingAdultsCollection;
import org.springframework.security.access.prepost.PreAuthorize;

/** National returns as JSON and CSV. */
@Tag(name = "Statutory returns")
@RestController
@RequestMapping("/api/v1/returns")
@PreAuthorize(SafeguardingAdultsCollection.RUN)
class ReturnsApi {

    private final SafeguardingAdultsCollection sac;

    ReturnsApi(SafeguardingAdultsCollection sac) {
        this.sac = sac;
    }

    @Operation(summary = "Read the Safeguarding Adults Collection for a financial year")
    @GetMapping(path = "/sac", produces = MediaType.APPLICATION_JSON_VALUE)
    SacReturn sac(@RequestParam(required = false) Integer financialYear) {
        return sac.compute(financialYear);
    }

    @Operation(summary = "Download the Safeguarding Adults Collection as CSV")
    @GetMapping("/sac.csv")
    ResponseEntity<String> sacCsv(@RequestParam(required = false) Integer financialYear) {
        return CsvFiles.attachment("sac-" + financialYear + ".csv", sac.csv(financialYear));
    }
}
