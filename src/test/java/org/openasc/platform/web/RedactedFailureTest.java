package org.openasc.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

import org.springframework.dao.DuplicateKeyException;

/** What reaches the log from a database failure names the constraint, never the row. */
class RedactedFailureTest {

    @Test
    void aDatabaseFailureLosesItsValuesButKeepsItsConstraintAndFrames() {
        PSQLException fromServer = new PSQLException(new ServerErrorMessage("SERROR\0VERROR\0C23505\0"
                + "Mduplicate key value violates unique constraint \"person_nhs_number_live\"\0"
                + "DKey (nhs_number)=(9434765919) already exists.\0speople\0tperson\0nperson_nhs_number_live\0"));
        DuplicateKeyException failure = new DuplicateKeyException(
                "insert into people.person (family_name, nhs_number) values ('Okafor', '9434765919')", fromServer);

        String logged = printed(RedactedFailure.of(failure));

        assertThat(logged).doesNotContain("9434765919").doesNotContain("Okafor")
                .contains("DuplicateKeyException", "PSQLException", "SQL state 23505", "constraint person_nhs_number_live", "table person")
                .contains("RedactedFailureTest.aDatabaseFailureLosesItsValuesButKeepsItsConstraintAndFrames");
    }

    @Test
    void otherFailuresAreLoggedWhole() {
        IllegalStateException failure = new IllegalStateException("No chart frame for an empty series");
        assertThat(RedactedFailure.of(failure)).isSameAs(failure);
    }

    private static String printed(Throwable t) {
        StringWriter out = new StringWriter();
        t.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}
