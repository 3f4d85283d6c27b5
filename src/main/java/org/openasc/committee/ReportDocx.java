package org.openasc.committee;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDecimalNumber;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

import org.openasc.platform.web.DateDisplay;

/**
 * A report as a Word document officers can edit: the same parts as the PDF, with real heading styles
 * (so Word's navigation pane and screen readers find them), numbered recommendations and tables whose
 * header rows repeat across pages. Charts stay in the PDF.
 */
final class ReportDocx {

    private ReportDocx() {
    }

    static byte[] of(ReportSnapshot r, ReportFigures figures, String status) {
        DateDisplay dates = new DateDisplay();
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            styles(doc);
            doc.getProperties().getCoreProperties().setTitle(r.title());
            doc.getProperties().getCoreProperties().setCreator(r.authorName());
            paragraph(doc, null, r.committee() + ", " + dates.meeting(r.meetingStartsAt()) + (r.itemNumber() != null ? ", item " + r.itemNumber() : ""));
            paragraph(doc, "Title", r.title());
            paragraph(doc, null, "Report of " + r.authorName() + (r.clearedByName() != null ? ". Cleared by " + r.clearedByName() : "") + ". " + status);
            if (figures.basis() != null) {
                paragraph(doc, null, "Figures: " + figures.basis());
            }
            paragraph(doc, "Heading1", "1. Purpose of the report");
            paragraph(doc, null, r.purpose() == null ? "Not written yet." : r.purpose());
            paragraph(doc, "Heading1", "2. Recommendations");
            List<String> recommendations = r.recommendations();
            for (int i = 0; i < recommendations.size(); i++) {
                paragraph(doc, null, (i + 1) + ". " + recommendations.get(i));
            }
            paragraph(doc, "Heading1", "3. Background");
            paragraph(doc, null, r.background() == null ? "None." : r.background());
            int n = 4;
            for (CommitteeCommands.Section s : r.sections()) {
                paragraph(doc, "Heading1", (n++) + ". " + s.heading());
                paragraph(doc, null, s.text());
            }
            if (!figures.tables().isEmpty()) {
                paragraph(doc, "Heading1", n + ". Figures from the record");
                figures.tables().forEach(t -> table(doc, t));
            }
            for (int i = 0; i < r.appendices().size(); i++) {
                paragraph(doc, "Heading1", "Appendix " + (i + 1) + ": " + r.appendices().get(i).heading());
                paragraph(doc, null, r.appendices().get(i).text());
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void table(XWPFDocument doc, ReportFigures.Table t) {
        paragraph(doc, "Heading2", t.caption());
        XWPFTable table = doc.createTable(t.rows().size() + 1, t.columns().size());
        XWPFTableRow header = table.getRow(0);
        header.setRepeatHeader(true);
        for (int c = 0; c < t.columns().size(); c++) {
            bold(header.getCell(c).getParagraphs().get(0), t.columns().get(c));
        }
        for (int r = 0; r < t.rows().size(); r++) {
            ReportFigures.Row row = t.rows().get(r);
            XWPFTableRow line = table.getRow(r + 1);
            bold(line.getCell(0).getParagraphs().get(0), row.label());
            for (int c = 0; c < row.cells().size() && c + 1 < t.columns().size(); c++) {
                XWPFRun run = line.getCell(c + 1).getParagraphs().get(0).createRun();
                run.setText(row.cells().get(c).text());
                run.setBold(row.total());
            }
        }
        if (t.note() != null) {
            paragraph(doc, null, t.note());
        }
    }

    private static void bold(XWPFParagraph paragraph, String text) {
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        run.setBold(true);
    }

    private static void paragraph(XWPFDocument doc, String style, String text) {
        XWPFParagraph p = doc.createParagraph();
        if (style != null) {
            p.setStyle(style);
        }
        String[] lines = text.split("\n", -1);
        XWPFRun run = p.createRun();
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i], i);
        }
    }

    /** The title and heading styles Word knows by name, with their outline levels. */
    private static void styles(XWPFDocument doc) {
        XWPFStyles styles = doc.createStyles();
        style(styles, "Title", "Title", null, 40);
        style(styles, "Heading1", "heading 1", 0, 28);
        style(styles, "Heading2", "heading 2", 1, 24);
    }

    private static void style(XWPFStyles styles, String id, String name, Integer outline, int halfPoints) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        style.addNewQFormat();
        if (outline != null) {
            CTPPrGeneral paragraph = style.addNewPPr();
            CTDecimalNumber level = paragraph.addNewOutlineLvl();
            level.setVal(BigInteger.valueOf(outline));
        }
        CTRPr run = style.addNewRPr();
        run.addNewB();
        run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        styles.addStyle(new XWPFStyle(style));
    }
}
