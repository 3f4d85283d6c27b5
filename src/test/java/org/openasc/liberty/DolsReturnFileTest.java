package org.openasc.liberty;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.openasc.platform.csv.CsvFiles;

import static org.assertj.core.api.Assertions.assertThat;

/** The annual DoLS return file. */
class DolsReturnFileTest {

    @Test
    void aValueWithACommaAndAQuoteIsQuotedAndReadsBackWhole() {
        String csv = DolsReturnFile.csv(List.of(
                new DolsReturnFile.Line("AN,\"1\"", "P1980", 1980, 1, "1-123456789", LocalDate.of(1980, 4, 7), true, List.of(1, 1, 2, 3, 0, 1),
                        LocalDate.of(1980, 4, 20), LocalDate.of(1980, 4, 21), "Granted", LocalDate.of(1980, 4, 21), LocalDate.of(1981, 4, 20)),
                new DolsReturnFile.Line("999", "P1981", 1980, 2, null, LocalDate.of(1981, 1, 5), false, List.of(0, 0, 0, 0, 0, 0),
                        null, null, "Not yet signed off", null, null)));

        List<CsvFiles.Row> rows = CsvFiles.read(csv, DolsReturnFile.HEADER, "file");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get("Application Reference")).isEqualTo("AN,\"1\"P1980198001");
        assertThat(rows.get(0).get("LA code")).isEqualTo("AN,\"1\"");
        assertThat(rows.get(0).get("Mental Capacity Requirement")).isEqualTo("2");
        assertThat(rows.get(0).get("Authorisation end date")).isEqualTo("1981-04-20");
        assertThat(rows.get(1).get("CQC location code")).isEmpty();
        assertThat(rows.get(1).get("Application status")).isEqualTo("Not yet signed off");
    }

    @Test
    void ordinaryValuesAreWrittenAsTheReturnHasAlwaysBeenSentUnquotedWithLfLineEnds() {
        String csv = DolsReturnFile.csv(List.of(new DolsReturnFile.Line("999", "P1982", 1981, 1, null, LocalDate.of(1982, 3, 1), false,
                List.of(0, 0, 0, 0, 0, 0), null, null, "Not yet signed off", null, null)));
        assertThat(csv).isEqualTo("Application Reference,Person Reference,LA code,CQC location code,Date application received,Urgent included,"
                + "Age Requirement,Mental Health Requirement,Mental Capacity Requirement,No Refusals Requirement,Eligibility Requirement,"
                + "Best interests requirement,Date of last assessment,Application sign off date,Application status,Authorisation start date,"
                + "Authorisation end date\n999P1982198101,P1982,999,,1982-03-01,0,0,0,0,0,0,0,,,Not yet signed off,,\n");
    }
}
