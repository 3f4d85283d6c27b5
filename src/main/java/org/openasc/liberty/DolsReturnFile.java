package org.openasc.liberty;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.openasc.platform.csv.CsvFiles;

/** The annual DoLS return file: the collection's column headings, one line per application, LF line ends as it has always been sent. */
final class DolsReturnFile {

    static final List<String> HEADER = List.of("Application Reference", "Person Reference", "LA code", "CQC location code",
            "Date application received", "Urgent included", "Age Requirement", "Mental Health Requirement", "Mental Capacity Requirement",
            "No Refusals Requirement", "Eligibility Requirement", "Best interests requirement", "Date of last assessment",
            "Application sign off date", "Application status", "Authorisation start date", "Authorisation end date");

    /**
     * One application: its reference is the LA code, the person reference, the year and the person's index in the year; the
     * requirements are the six assessments' status codes in {@link Requirement} order; a date not yet known is null.
     */
    record Line(String laCode, String personRef, int financialYear, int index, String cqcLocationCode, LocalDate receivedOn, boolean urgent,
                List<Integer> requirements, LocalDate lastAssessed, LocalDate signedOffOn, String status, LocalDate authorisedFrom,
                LocalDate authorisedTo) {

        List<Object> values() {
            List<Object> values = new ArrayList<>(HEADER.size());
            values.add(laCode + personRef + financialYear + String.format("%02d", index));
            values.add(personRef);
            values.add(laCode);
            values.add(cqcLocationCode);
            values.add(receivedOn);
            values.add(urgent ? 1 : 0);
            values.addAll(requirements);
            values.add(lastAssessed);
            values.add(signedOffOn);
            values.add(status);
            values.add(authorisedFrom);
            values.add(authorisedTo);
            return values;
        }
    }

    private DolsReturnFile() {
    }

    static String csv(List<Line> lines) {
        return CsvFiles.write(HEADER, lines.stream().map(Line::values).toList(), CsvFiles.LF);
    }
}
