package org.openasc.committee;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SmallNumbersTest {

    static ReportFigures.Row row(String key, long... counts) {
        return new ReportFigures.Row(key, key, java.util.Arrays.stream(counts).mapToObj(ReportFigures.Cell::count).toList(), false);
    }

    @Test
    void countsOfOneToFourPeopleAreShownAsFewerThanFiveAndTheTotalsThatWouldRevealThemAreRounded() {
        ReportFigures.Table table = new ReportFigures.Table("t", "Concerns", List.of("Outcome", "Q1", "Total"), List.of(
                row("s42", 12, 12), row("other", 3, 3), row("none", 0, 0),
                new ReportFigures.Row("total", "Total", List.of(ReportFigures.Cell.count(15), ReportFigures.Cell.count(15)), true)), null);
        ReportFigures.Table shown = SmallNumbers.suppress(table, 4);
        assertThat(shown.rows().get(0).cells()).extracting(ReportFigures.Cell::text).containsExactly("12", "12");
        assertThat(shown.rows().get(1).cells()).extracting(ReportFigures.Cell::text).containsExactly("fewer than 5", "fewer than 5");
        assertThat(shown.rows().get(2).cells()).extracting(ReportFigures.Cell::text).as("none is not a small number").containsExactly("0", "0");
        assertThat(shown.rows().get(3).cells()).extracting(ReportFigures.Cell::text).as("15 - 12 would give the 3 away")
                .containsExactly("about 15", "about 15");
    }

    @Test
    void aRowsTotalIsRoundedWhenOneOfItsCountsIsSuppressedAndTextIsLeftAlone() {
        ReportFigures.Table table = new ReportFigures.Table("t", "By quarter", List.of("Area", "Q1", "Q2", "Total"), List.of(
                row("north", 2, 21, 23), new ReportFigures.Row("rate", "Rate", List.of(ReportFigures.Cell.text("3"),
                        ReportFigures.Cell.text("4.5%"), ReportFigures.Cell.text("")), false)), null);
        ReportFigures.Table shown = SmallNumbers.suppress(table, 4);
        assertThat(shown.rows().get(0).cells()).extracting(ReportFigures.Cell::text).containsExactly("fewer than 5", "21", "about 25");
        assertThat(shown.rows().get(1).cells()).extracting(ReportFigures.Cell::text).containsExactly("3", "4.5%", "");
    }
}
