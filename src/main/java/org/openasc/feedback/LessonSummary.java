package org.openasc.feedback;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Lessons learnt counted, with none of their text (a lesson, its action and owner can name people): what councillors and
 * democratic services see, as committee papers report them ("12 items recorded as lessons learnt over the last year").
 * {@code overdue} actions are among the {@code open} ones.
 */
public record LessonSummary(long recorded, long open, long overdue, long done, List<Count> byTheme, List<Count> byServiceArea,
                            List<Count> byMonth) {

    /** The lessons of one theme, service area or month (yyyy-MM, when the complaint or compliment was received). */
    @Schema(name = "LessonCount")
    public record Count(String name, long recorded, long open, long overdue, long done) {

        Count plus(Count o) {
            return new Count(name, recorded + o.recorded, open + o.open, overdue + o.overdue, done + o.done);
        }
    }
}
