package org.openasc.returns.web;

import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.openasc.platform.web.Page;
import org.openasc.returns.ActivityTable;
import org.openasc.returns.ActivityTables;

/** SALT's activity tables computed from Client Level Data, as JSON, each cell opening onto the records counted in it. */
@RestController
@RequestMapping(path = "/api/v1/returns/activity", produces = MediaType.APPLICATION_JSON_VALUE)
class ActivityApi {

    private final ActivityTables tables;

    ActivityApi(ActivityTables tables) {
        this.tables = tables;
    }

    @GetMapping
    List<ActivityTable> all(@RequestParam(required = false) Integer financialYear) {
        return tables.tables(financialYear);
    }

    @GetMapping("/{table}")
    ActivityTable table(@PathVariable String table, @RequestParam(required = false) Integer financialYear) {
        return tables.table(table, financialYear);
    }

    @GetMapping("/{table}/cells")
    Page<ActivityTable.Counted> cell(@PathVariable String table, @RequestParam(required = false) Integer financialYear,
                                     @RequestParam(required = false) String row, @RequestParam(required = false) String column) {
        return Page.whole(tables.cell(table, financialYear, row, column));
    }
}
