package org.openasc.returns.web;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.openasc.platform.csv.CsvFiles;
import org.openasc.returns.SacReturn;
import org.openasc.returns.SafeguardingAdultsCollection;

/** National returns as JSON and CSV. */
@RestController
@RequestMapping("/api/v1/returns")
class ReturnsApi {

    private final SafeguardingAdultsCollection sac;

    ReturnsApi(SafeguardingAdultsCollection sac) {
        this.sac = sac;
    }

    @GetMapping(path = "/sac", produces = MediaType.APPLICATION_JSON_VALUE)
    SacReturn sac(@RequestParam(required = false) Integer financialYear) {
        return sac.compute(financialYear);
    }

    @GetMapping("/sac.csv")
    ResponseEntity<String> sacCsv(@RequestParam(required = false) Integer financialYear) {
        return CsvFiles.attachment("sac-" + financialYear + ".csv", sac.csv(financialYear));
    }
}
