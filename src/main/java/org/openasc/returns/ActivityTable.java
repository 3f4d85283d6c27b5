package org.openasc.returns;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A SALT activity table computed from Client Level Data: its national reference, title, what it counts, the column
 * labels (the row's total last) and the rows of counts. Each count can be opened: {@link ActivityTables#cell}.
 */
public record ActivityTable(String ref, String title, String unit, List<String> columns, List<Row> rows) {

    @Schema(name = "ActivityTableRow")
    public record Row(String label, List<Long> values) {
    }

    /** One record counted in a cell: the LA person identifier and the event that placed it there, with where to open it. */
    public record Counted(String personId, String eventRef, String eventType, LocalDate start, LocalDate end, String link) {
    }
}
