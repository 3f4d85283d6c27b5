package org.openasc.returns.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.openasc.platform.web.Page;
import org.openasc.returns.ActivityTable;
import org.openasc.returns.ActivityTables;
import org.openasc.returns.ClientLevelData;
import org.springframework.security.access.prepost.PreAuthorize;

/** SALT's activity tables computed from Client Level Data, as JSON, each cell opening onto the records counted in it. */
@Tag(name = "Statutory returns")
@RestController
@RequestMapping(path = "/api/v1/returns/activity", produces = MediaType.APPLICATION_JSON_VALUE)
@PreAuthorize(ClientLevelData.RUN)
class ActivityApi {

    private final ActivityTables tables;

    ActivityApi(ActivityTables tables) {
        this.tables = tables;
    }

    @Operation(summary = "Read the activity tables (STS001 to LTS004) for a financial year")
    @GetMapping
    List<ActivityTable> all(@RequestParam(required = false) Integer financialYear) {
        return tables.tables(financialYear);
    }

    @Operation(summary = "Read one activity table for a financial year")
    @GetMapping("/{table}")
    ActivityTable table(@PathVariable String table, @RequestParam(required = false) Integer financialYear) {
        return tables.table(table, financialYear);
    }

    @Operation(summary = "List the events behind a cell of an activity table")
    @GetMapping("/{table}/cells")
    Page<ActivityTable.Counted> cell(@PathVariable String table, @RequestParam(required = false) Integer financialYear,
                                     @RequestParam(required = false) String row, @RequestParam(required = false) String column) {
        return Page.whole(tables.cell(table, financialYear, row, column));
    }
}
