package org.openasc.committee;

import java.util.ArrayList;
import java.util.List;

import org.openasc.risk.RiskView;

/** The risk report: very high risks with their scores and movement, and the heat map of net scores (risks, not people). */
final class RiskTables {

    private RiskTables() {
    }

    static ReportFigures of(List<RiskView> risks, String register) {
        List<ReportFigures.Row> veryHigh = risks.stream().filter(r -> "VERY_HIGH".equals(r.rating()))
                .map(r -> new ReportFigures.Row(r.reference(), r.reference() + " " + r.title(), List.of(ReportFigures.Cell.text(r.owners()),
                        ReportFigures.Cell.text(String.valueOf(r.grossScore())), ReportFigures.Cell.text(String.valueOf(r.netScore())),
                        ReportFigures.Cell.text(String.valueOf(r.targetScore())), ReportFigures.Cell.text(r.movement() == null ? "" : r.movement().label()),
                        ReportFigures.Cell.text(r.reviewDueOn() == null ? "" : new org.openasc.platform.web.DateDisplay().day(r.reviewDueOn()))), false))
                .toList();
        int[][] heat = new int[5][5];
        risks.forEach(r -> heat[5 - r.netLikelihood()][r.netImpact() - 1]++);
        List<ReportFigures.Row> map = new ArrayList<>();
        String[] likelihood = {"5 Almost certain", "4 Likely", "3 Possible", "2 Unlikely", "1 Rare"};
        for (int l = 0; l < 5; l++) {
            List<ReportFigures.Cell> cells = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                cells.add(ReportFigures.Cell.text(String.valueOf(heat[l][i])));
            }
            map.add(new ReportFigures.Row("likelihood-" + (5 - l), likelihood[l], cells, false));
        }
        return new ReportFigures((register == null ? "All registers" : register + " register") + ", " + risks.size() + " risks", List.of(
                new ReportFigures.Table("very-high-risks", "Very high risks (net score)", List.of("Risk", "Owner", "Gross", "Net", "Target",
                        "Movement", "Review due"), veryHigh, veryHigh.isEmpty() ? "No risk is rated very high." : null),
                new ReportFigures.Table("heat-map", "Risks by net likelihood and impact", List.of("Likelihood", "Impact 1 Insignificant",
                        "Impact 2 Minor", "Impact 3 Moderate", "Impact 4 Major", "Impact 5 Catastrophic"), map, null)), List.of());
    }
}
