package org.openasc.platform.web;

import java.sql.SQLException;

import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

import org.springframework.dao.DataAccessException;

/**
 * A failure as it may be logged: a database error's message can carry the row it refused (PostgreSQL's
 * "Key (nhs_number)=(...)" detail, or a statement's values), so for those only the kind of error, its SQL state
 * and the constraint, table and column it names are kept, with the stack frames; other failures are kept whole.
 */
public final class RedactedFailure extends RuntimeException {

    private RedactedFailure(String summary, StackTraceElement[] frames, Throwable cause) {
        super(summary, cause, false, true);
        setStackTrace(frames);
    }

    /** The throwable to hand to the logger in place of {@code failure}. */
    public static Throwable of(Throwable failure) {
        return fromDatabase(failure) ? redact(failure, 0) : failure;
    }

    private static boolean fromDatabase(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException || t instanceof DataAccessException) {
                return true;
            }
        }
        return false;
    }

    private static Throwable redact(Throwable failure, int depth) {
        Throwable cause = failure.getCause() == null || depth > 10 ? null : redact(failure.getCause(), depth + 1);
        return new RedactedFailure(summary(failure), failure.getStackTrace(), cause);
    }

    private static String summary(Throwable failure) {
        StringBuilder summary = new StringBuilder(failure.getClass().getName()).append(" (message withheld: it can carry personal data)");
        if (failure instanceof SQLException sql && sql.getSQLState() != null) {
            summary.append(" SQL state ").append(sql.getSQLState());
        }
        if (failure instanceof PSQLException psql && psql.getServerErrorMessage() != null) {
            ServerErrorMessage server = psql.getServerErrorMessage();
            append(summary, "constraint", server.getConstraint());
            append(summary, "table", server.getTable());
            append(summary, "column", server.getColumn());
        }
        return summary.toString();
    }

    private static void append(StringBuilder summary, String what, String name) {
        if (name != null) {
            summary.append(", ").append(what).append(' ').append(name);
        }
    }
}
