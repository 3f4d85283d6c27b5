package org.openasc.returns;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The Safeguarding Adults Collection for a financial year, and the records to fix before submitting it. */
public record SacReturn(int financialYear, LocalDate from, LocalDate to, Map<String, ReturnTable> tables, List<Problem> problems) {

    /** A record that is incomplete for the return: which table it affects, which record (and where to fix it), and what is missing. */
    public record Problem(String table, String record, String message, String link) {
    }
}
