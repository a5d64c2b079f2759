package org.linju.funds;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.linju.identity.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The documents that govern a line (e.g. a city's management rules for a special fund): a new upload of a title is its
 * next version, every version is kept and can be downloaded, each with its SHA-256.
 */
@Service
public class LineDocuments {

    private static final Set<String> TYPES =
            Set.of(UploadedFile.PDF, UploadedFile.DOCX, UploadedFile.JPEG, UploadedFile.PNG);

    private final BudgetLines lines;
    private final JdbcClient jdbc;
    private final Clock clock;

    LineDocuments(BudgetLines lines, JdbcClient jdbc, Clock clock) {
        this.lines = lines;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Stores the file as the next version of its title and returns that version. */
    @Transactional
    public int upload(CurrentUser user, UUID lineId, String title, UploadedFile file) {
        FundsAccess.requireManager(user, lines.line(user, lineId));
        String name = title == null ? "" : title.strip();
        if (name.isEmpty() || name.length() > 200) {
            throw new FundsRefused("funds.document.titleMissing");
        }
        String type = file.acceptedType(TYPES);
        // The line's row lock puts two uploads of one title one after the other.
        jdbc.sql("select 1 from budget_line where id = ? for update")
                .param(lineId)
                .query()
                .singleRow();
        int version = jdbc.sql(
                        "select coalesce(max(version), 0) + 1 from budget_document where line_id = ? and title = ?")
                .params(lineId, name)
                .query(Integer.class)
                .single();
        jdbc.sql("""
				insert into budget_document (id, line_id, title, version, file_name, content_type, content, sha256,
				    uploaded_by, uploaded_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""")
                .params(
                        UUID.randomUUID(),
                        lineId,
                        name,
                        version,
                        file.cleanName(),
                        type,
                        file.bytes(),
                        file.sha256(),
                        user.getUsername(),
                        Timestamp.from(clock.instant()))
                .update();
        return version;
    }

    /** Every version of every title, by title then newest version first. */
    public List<Document> of(UUID lineId) {
        return jdbc.sql("""
				select id, title, version, file_name, content_type, sha256, uploaded_by, uploaded_at, length(content) size
				from budget_document where line_id = ? order by title, version desc
				""")
                .param(lineId)
                .query((rs, row) -> new Document(
                        rs.getObject("id", UUID.class),
                        rs.getString("title"),
                        rs.getInt("version"),
                        rs.getString("file_name"),
                        rs.getString("content_type"),
                        rs.getString("sha256"),
                        rs.getString("uploaded_by"),
                        rs.getTimestamp("uploaded_at").toInstant(),
                        rs.getLong("size")))
                .list();
    }

    /** One version's file, for a viewer of the line. */
    public Optional<StoredFile> file(CurrentUser user, UUID lineId, UUID documentId) {
        lines.line(user, lineId);
        return jdbc.sql("select file_name, content_type, content from budget_document where id = ? and line_id = ?")
                .params(documentId, lineId)
                .query((rs, row) ->
                        new StoredFile(rs.getString("file_name"), rs.getString("content_type"), rs.getBytes("content")))
                .optional();
    }

    /**
     * A payment's attachment, for a viewer of the line; a person's payment's only for those who see the person's name
     * (for everyone else it is not there, as on the page).
     */
    public Optional<StoredFile> attachment(CurrentUser user, UUID lineId, UUID paymentId) {
        lines.line(user, lineId);
        return jdbc.sql("""
				select attachment_name, attachment_type, attachment from budget_payment
				where id = ? and line_id = ? and attachment is not null and (payee_kind <> 'PERSON' or ?)
				""")
                .params(paymentId, lineId, PayeeNames.seesPersons(user))
                .query((rs, row) -> new StoredFile(
                        rs.getString("attachment_name"), rs.getString("attachment_type"), rs.getBytes("attachment")))
                .optional();
    }

    public record Document(
            UUID id,
            String title,
            int version,
            String fileName,
            String contentType,
            String sha256,
            String uploadedBy,
            Instant uploadedAt,
            long size) {}

    public record StoredFile(String name, String contentType, byte[] bytes) {}
}
