package org.openasc.platform.csv;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.openasc.platform.web.InvalidInput;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading and writing CSV the one way. */
class CsvFilesTest {

    private static final List<String> HEADER = List.of("cost_centre", "amount");

    @Test
    void aQuotedFieldKeepsItsSpacesAndCommasWhileSpacesAroundUnquotedOnesGo() {
        List<CsvFiles.Row> rows = CsvFiles.read("cost_centre,amount\n\" QC 1980, North \",  12.50  \n", HEADER, "file");
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get("cost_centre")).isEqualTo(" QC 1980, North ");
        assertThat(rows.get(0).get("amount")).isEqualTo("12.50");
    }

    @Test
    void rowsAreNumberedByTheLineTheyStartOnCountingBlankLinesAndMultiLineFields() {
        String text = "\uFEFFCost Centre,Amount\r\n\r\nA1,1\r\n,\r\n\"B\r\n2\",2\n\n\nC3,3";
        List<CsvFiles.Row> rows = CsvFiles.read(text, HEADER, "file");
        assertThat(rows).extracting(CsvFiles.Row::line).as("header line 1, blank line 2, a row of empty fields on 4 skipped").containsExactly(3L, 5L, 9L);
        assertThat(rows.get(1).get("cost_centre")).isEqualTo("B\r\n2");
        assertThat(rows.get(2).get("cost_centre")).isEqualTo("C3");
    }

    @Test
    void aRowWithTooFewOrTooManyFieldsIsMarked() {
        List<CsvFiles.Row> rows = CsvFiles.read("cost_centre,amount\nA1\nA2,2,extra\nA3,3\n", HEADER, "file");
        assertThat(rows).extracting(CsvFiles::misshapen).containsExactly(true, true, false);
        assertThat(rows.get(1).fields().get("#columns")).isEqualTo("3");
    }

    @Test
    void aFileWithoutItsHeaderOrQuotesThatCloseIsRefusedOnItsField() {
        assertThat(refusal("centre,amount\nA1,1\n")).isEqualTo("file: The first line must be the header cost_centre,amount");
        assertThat(refusal("\n\n")).isEqualTo("file: The file is empty: it needs the header cost_centre,amount and a row for each value");
        assertThat(refusal("\uFEFF\n,\n")).isEqualTo("file: The first line must be the header cost_centre,amount");
        assertThat(refusal("cost_centre,amount\n\"A1,1\n")).isEqualTo("file: The file could not be read as CSV: check its quotes");
    }

    @Test
    void writingQuotesOnlyWhatNeedsItAndReadsBackTheSame() {
        List<List<?>> rows = List.of(List.of("Anytown, \"North\"", 12), Arrays.asList("plain", null));
        String lf = CsvFiles.write(HEADER, rows, CsvFiles.LF);
        assertThat(lf).isEqualTo("cost_centre,amount\n\"Anytown, \"\"North\"\"\",12\nplain,\n");
        assertThat(CsvFiles.write(HEADER, rows)).isEqualTo(lf.replace("\n", "\r\n"));
        assertThat(CsvFiles.read(lf, HEADER, "file")).extracting(r -> r.get("cost_centre")).containsExactly("Anytown, \"North\"", "plain");
    }

    private static String refusal(String text) {
        try {
            CsvFiles.read(text, HEADER, "file");
            return null;
        } catch (InvalidInput e) {
            return e.problems().stream().map(p -> p.field() + ": " + p.message()).reduce((a, b) -> a + "; " + b).orElse("");
        }
    }
}
