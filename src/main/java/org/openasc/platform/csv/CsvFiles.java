package org.openasc.platform.csv;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

import org.openasc.platform.web.InvalidInput;

/** Reading and writing CSV, one way for every module: quoting, blank lines skipped, rows numbered as a spreadsheet numbers them. */
public final class CsvFiles {

    /** A data row with its line in the file (the header is line 1) and its fields by header name. */
    public record Row(long line, Map<String, String> fields) {

        public String get(String column) {
            String v = fields.get(column);
            return v == null ? null : v.strip();
        }
    }

    private CsvFiles() {
    }

    /**
     * The rows of a file whose first line must be exactly the given header (names in any case, in this order);
     * otherwise refused on {@code field} with the header expected.
     */
    public static List<Row> read(String text, List<String> header, String field) {
        if (text == null || text.isBlank()) {
            throw new InvalidInput(field, "The file is empty: it needs the header " + String.join(",", header) + " and a row for each value");
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).setTrim(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text.startsWith("\uFEFF") ? text.substring(1) : text), format)) {
            List<Row> rows = new ArrayList<>();
            List<String> names = null;
            for (CSVRecord r : parser) {
                List<String> values = r.toList();
                if (names == null) {
                    names = values.stream().map(v -> v.strip().toLowerCase(java.util.Locale.ROOT)).toList();
                    if (!names.equals(header)) {
                        throw new InvalidInput(field, "The first line must be the header " + String.join(",", header));
                    }
                    continue;
                }
                Map<String, String> fields = new java.util.LinkedHashMap<>();
                for (int i = 0; i < names.size(); i++) {
                    fields.put(names.get(i), i < values.size() ? values.get(i) : null);
                }
                if (values.size() != names.size()) {
                    fields.put("#columns", String.valueOf(values.size()));
                }
                rows.add(new Row(parser.getCurrentLineNumber(), fields));
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
    public static String write(List<String> header, List<List<?>> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get())) {
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
}
