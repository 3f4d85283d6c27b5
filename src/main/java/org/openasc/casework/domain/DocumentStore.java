package org.openasc.casework.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Documents on people: their details, and the file itself read only when it is downloaded. */
@Repository
public class DocumentStore {

    public record Row(UUID id, long documentNumber, UUID personId, String title, String kind, LocalDate datedOn, String fileName, String mediaType,
                      int sizeBytes, String sha256, Instant createdAt, String createdBy) {
    }

    private static final String SELECT = """
            select id, document_number, person_id, title, kind, dated_on, file_name, media_type, size_bytes, sha256, created_at, created_by
            from casework.document""";

    private final JdbcClient jdbc;

    DocumentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(UUID id, UUID person, String title, String kind, LocalDate datedOn, String fileName, String mediaType, byte[] content,
                       String sha256, String by) {
        jdbc.sql("""
                insert into casework.document (id, person_id, title, kind, dated_on, file_name, media_type, size_bytes, sha256, content, created_by)
                values (:id, :person, :title, :kind, :on, :name, :type, :size, :sha, :content, :by)""")
                .param("id", id).param("person", person).param("title", title).param("kind", kind).param("on", datedOn).param("name", fileName)
                .param("type", mediaType).param("size", content.length).param("sha", sha256).param("content", content).param("by", by).update();
    }

    public Optional<Row> find(UUID id) {
        return jdbc.sql(SELECT + " where id = :id").param("id", id).query(Row.class).optional();
    }

    public List<Row> ofPerson(UUID person) {
        return jdbc.sql(SELECT + " where person_id = :p order by dated_on desc, document_number desc").param("p", person).query(Row.class).list();
    }

    public List<Row> datedBetween(UUID person, LocalDate from, LocalDate to) {
        return jdbc.sql(SELECT + " where person_id = :p and dated_on between :from and :to").param("p", person).param("from", from).param("to", to)
                .query(Row.class).list();
    }

    public byte[] content(UUID id) {
        return jdbc.sql("select content from casework.document where id = :id").param("id", id).query(byte[].class).single();
    }
}
