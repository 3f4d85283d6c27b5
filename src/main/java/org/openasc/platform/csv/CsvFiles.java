package org.openasc.platform.csv;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

import org.openasc.platform.web.InvalidInput;

/**
 * Reading and writing CSV, one way for every module (Apache Commons CSV underneath): quoted fields kept exactly as written,
 * spaces around unquoted ones dropped, blank lines and rows of empty fields skipped, rows numbered by the line they start on
 * (the header is line 1), as a spreadsheet shows them.
 */
public final class CsvFiles {

    /** Line ends: RFC 4180's CR LF, or LF where a return has always been sent that way. */
    public static final String CRLF = "\r\n";
    public static final String LF = "\n";

    /** A data row with the line it starts on (the header is line 1) and its fields by the caller's header names. */
    public record Row(long line, Map<String, String> fields) {

        public String get(String column) {
            return fields.get(column);
        }
    }

    private CsvFiles() {
    }

    /**
     * The rows of a file whose first line must be the given header, in this order (names compared in any case, a space
     * read as an underscore); otherwise refused on {@code field} with the header expected.
     */
    public static List<Row> read(String text, List<String> header, String field) {
        String empty = "The file is empty: it needs the header " + String.join(",", header) + " and a row for each value";
        if (text == null || text.isBlank()) {
            throw new InvalidInput(field, empty);
        }
        List<String> expected = header.stream().map(CsvFiles::name).toList();
        CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).setIgnoreSurroundingSpaces(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text.startsWith("\uFEFF") ? text.substring(1) : text), format)) {
            List<Row> rows = new ArrayList<>();
            boolean headed = false;
            for (CSVRecord r : parser) {
                List<String> values = r.toList();
                if (!headed) {
                    if (!values.stream().map(CsvFiles::name).toList().equals(expected)) {
                        throw new InvalidInput(field, "The first line must be the header " + String.join(",", header));
                    }
                    headed = true;
                    continue;
                }
                if (values.stream().allMatch(String::isBlank)) {
                    continue;
                }
                Map<String, String> fields = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    fields.put(header.get(i), i < values.size() ? values.get(i) : null);
                }
                if (values.size() != header.size()) {
                    fields.put("#columns", String.valueOf(values.size()));
                }
                rows.add(new Row(parser.getCurrentLineNumber() - lineBreaksWithin(values), fields));
            }
            if (!headed) {
                throw new InvalidInput(field, empty);
            }
            return rows;
        } catch (IOException | UncheckedIOException e) {
            throw new InvalidInput(field, "The file could not be read as CSV: check its quotes");
        }
    }

    /** Whether a row had a different number of fields from the header. */
    public static boolean misshapen(Row row) {
        return row.fields().containsKey("#columns");
    }

    /** A CSV text: the header, then the rows, quoted where needed, lines ending CR LF. */
    public static String write(List<String> header, List<? extends List<?>> rows) {
        return write(header, rows, CRLF);
    }

    /** A CSV text: the header, then the rows, quoted where needed, each line ended by {@code lineEnd}. */
    public static String write(List<String> header, List<? extends List<?>> rows, String lineEnd) {
        StringWriter out = new StringWriter();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).setRecordSeparator(lineEnd).get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (List<?> row : rows) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** A CSV file to download, UTF-8, named as given (characters other than letters, digits, dots and hyphens become hyphens). */
    public static org.springframework.http.ResponseEntity<String> attachment(String fileName, String csv) {
        String safe = fileName.replaceAll("[^A-Za-z0-9.-]", "-");
        return org.springframework.http.ResponseEntity.ok()
                .header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + safe + "\"")
                .contentType(org.springframework.http.MediaType.parseMediaType("text/csv; charset=UTF-8")).body(csv);
    }

    private static String name(String header) {
        return header.strip().toLowerCase(Locale.ROOT).replace(' ', '_');
    }

    /** Line breaks inside quoted values: the parser counts the line a row ends on, and a row is found by where it starts. */
    private static int lineBreaksWithin(List<String> values) {
        int breaks = 0;
        for (String v : values) {
            breaks += (int) v.replace("\r\n", "\n").chars().filter(c -> c == '\n' || c == '\r').count();
        }
        return breaks;
    }
}
