package org.openasc.returns;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** One table of a return: its national reference and title, column labels, and rows of counts. */
public record ReturnTable(String ref, String title, List<String> columns, List<Row> rows) {

    @Schema(name = "ReturnTableRow")
    public record Row(String label, List<Long> values) {
    }

    public long total() {
        return rows.stream().flatMap(r -> r.values().stream()).mapToLong(v -> v == null ? 0 : v).sum();
    }
}
