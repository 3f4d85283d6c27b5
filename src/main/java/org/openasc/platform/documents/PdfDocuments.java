package org.openasc.platform.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;

import org.springframework.stereotype.Component;
import org.openasc.platform.security.WithoutStaffCheck;

/**
 * Turns a well-formed XHTML page into a tagged PDF (PDF/UA) with the fonts embedded, so printed committee
 * documents come from the same record, and the same words, as the pages. Liberation Sans ships with the
 * application (metrically the same as Arial, the council look) under its own licence in /fonts.
 */
@Component
public class PdfDocuments {

    public static final String FONT = "Liberation Sans";

    @WithoutStaffCheck("renders a document the calling service has already authorised; it reads no record itself")
    public byte[] render(String xhtml) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessbility(true);
            // Charts are SVG (platform.charts), drawn into the PDF as vectors so they print sharp.
            builder.useSVGDrawer(new BatikSVGDrawer());
            builder.useFont(() -> PdfDocuments.class.getResourceAsStream("/fonts/LiberationSans-Regular.ttf"), FONT, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> PdfDocuments.class.getResourceAsStream("/fonts/LiberationSans-Bold.ttf"), FONT, 700, FontStyle.NORMAL, true);
            builder.withHtmlContent(xhtml, "/");
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
