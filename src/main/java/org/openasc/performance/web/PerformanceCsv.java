package org.openasc.performance.web;

import java.util.ArrayList;
import java.util.List;

import org.openasc.performance.Scorecard;
import org.openasc.performance.Series;
import org.openasc.platform.csv.CsvFiles;

/** The scorecard and a series as CSV files, for analysts who take the figures further. */
final class PerformanceCsv {

    private PerformanceCsv() {
    }

    static String series(Series.MeasureSeries s) {
        List<List<?>> rows = new ArrayList<>();
        s.points().forEach(p -> rows.add(List.of(s.reference(), p.period(), text(p.value()), text(p.numerator()), text(p.denominator()),
                text(p.target()), p.rag() == null ? "" : p.rag().name(), p.revised() ? "yes" : "no", p.toDate() ? "yes" : "no")));
        return CsvFiles.write(List.of("measure", "period", "value", "numerator", "denominator", "target", "rag", "revised", "month_to_date"), rows);
    }

    static String scorecard(Scorecard.Card card) {
        List<List<?>> rows = new ArrayList<>();
        for (Scorecard.Group g : card.groups()) {
            for (Scorecard.Row r : g.measures()) {
                List<Object> row = new ArrayList<>(List.of(g.name(), r.reference(), r.name(), r.unit(), text(r.previousYearActual())));
                r.months().forEach(m -> row.add(text(m.value())));
                row.add(r.band() != null ? r.band().lower().toPlainString() + "-" + r.band().upper().toPlainString() : text(r.target()));
                row.add(r.rag() == null ? "" : r.rag().name());
                row.add(r.variation() == null ? "" : r.variation().name());
                row.add(r.assurance() == null ? "" : r.assurance().name());
                rows.add(row);
            }
        }
        List<String> header = new ArrayList<>(List.of("group", "measure", "name", "unit", "actual_" + card.previousFinancialYear().replace('/', '_')));
        if (!card.groups().isEmpty() && !card.groups().get(0).measures().isEmpty()) {
            card.groups().get(0).measures().get(0).months().forEach(m -> header.add(m.period()));
        }
        header.addAll(List.of("target_" + card.financialYear().replace('/', '_'), "rag", "variation", "assurance"));
        return CsvFiles.write(header, rows);
    }

    private static String text(java.math.BigDecimal v) {
        return v == null ? "" : v.toPlainString();
    }
}
