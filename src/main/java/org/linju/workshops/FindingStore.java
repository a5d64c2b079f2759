package org.linju.workshops;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.linju.matters.PhotoSanitizer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Findings, their cleaned photos and the rectifications they require. */
@Repository
class FindingStore {

    private final JdbcClient jdbc;

    FindingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, UUID inspectionId, String text, Instant at) {
        jdbc.sql("insert into workshop_finding (id, inspection_id, text, created_at) values (?, ?, ?, ?)")
                .params(id, inspectionId, text, Timestamp.from(at))
                .update();
    }

    void insertPhoto(UUID findingId, PhotoSanitizer.Photo photo) {
        jdbc.sql("insert into workshop_photo (id, finding_id, content_type, bytes) values (?, ?, ?, ?)")
                .params(UUID.randomUUID(), findingId, photo.contentType(), photo.bytes())
                .update();
    }

    void insertRectification(Rectification r) {
        jdbc.sql("""
                insert into workshop_rectification (id, finding_id, workshop_id, task, owner, deadline)
                values (?, ?, ?, ?, ?, ?)
                """)
                .params(r.id(), r.findingId(), r.workshopId(), r.task(), r.owner(), r.deadline())
                .update();
    }

    List<Finding> ofInspection(UUID inspectionId) {
        Map<UUID, List<Rectification>> rectifications =
                jdbc.sql("""
                        select r.* from workshop_rectification r join workshop_finding f on f.id = r.finding_id
                        where f.inspection_id = ? order by r.deadline, r.id
                        """).param(inspectionId).query((rs, row) -> toRectification(rs)).list().stream()
                        .collect(Collectors.groupingBy(Rectification::findingId));
        Map<UUID, List<UUID>> photos = jdbc
                .sql("""
                        select p.id, p.finding_id from workshop_photo p join workshop_finding f on f.id = p.finding_id
                        where f.inspection_id = ? order by p.id
                        """)
                .param(inspectionId)
                .query((rs, row) -> Map.entry(rs.getObject("finding_id", UUID.class), rs.getObject("id", UUID.class)))
                .list()
                .stream()
                .collect(Collectors.groupingBy(
                        Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return jdbc.sql("select * from workshop_finding where inspection_id = ? order by created_at, id")
                .param(inspectionId)
                .query((rs, row) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    return new Finding(
                            id,
                            inspectionId,
                            rs.getString("text"),
                            photos.getOrDefault(id, List.of()),
                            rectifications.getOrDefault(id, List.of()));
                })
                .list();
    }

    /** A photo with the inspection it belongs to, for the check that the viewer may see that inspection. */
    Optional<Map.Entry<UUID, PhotoSanitizer.Photo>> photo(UUID photoId) {
        return jdbc.sql("""
                        select f.inspection_id, p.content_type, p.bytes
                        from workshop_photo p join workshop_finding f on f.id = p.finding_id where p.id = ?
                        """)
                .param(photoId)
                .query((rs, row) -> Map.entry(
                        rs.getObject("inspection_id", UUID.class),
                        new PhotoSanitizer.Photo(rs.getString("content_type"), rs.getBytes("bytes"))))
                .optional();
    }

    /** The rectification with the inspection it stems from. */
    Optional<Map.Entry<UUID, Rectification>> rectification(UUID id) {
        return jdbc.sql("""
                        select r.*, f.inspection_id
                        from workshop_rectification r join workshop_finding f on f.id = r.finding_id where r.id = ?
                        """)
                .param(id)
                .query((rs, row) -> Map.entry(rs.getObject("inspection_id", UUID.class), toRectification(rs)))
                .optional();
    }

    boolean markDone(UUID id, LocalDate on, String evidence, UUID by) {
        return jdbc.sql("""
                        update workshop_rectification set done_on = ?, evidence = ?, done_by = ?
                        where id = ? and done_on is null
                        """).params(on, evidence, by, id).update() == 1;
    }

    List<Rectification> ofWorkshop(UUID workshopId) {
        return jdbc.sql("select * from workshop_rectification where workshop_id = ? order by deadline, id")
                .param(workshopId)
                .query((rs, row) -> toRectification(rs))
                .list();
    }

    static Rectification toRectification(ResultSet rs) throws SQLException {
        return new Rectification(
                rs.getObject("id", UUID.class),
                rs.getObject("finding_id", UUID.class),
                rs.getObject("workshop_id", UUID.class),
                rs.getString("task"),
                rs.getString("owner"),
                rs.getObject("deadline", LocalDate.class),
                rs.getObject("done_on", LocalDate.class),
                rs.getString("evidence"));
    }
}
