package org.linju.matters;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The photos of matters: a report's, kept before the report is taken, and those of the steps of the work. */
@Repository
class MatterPhotos {

    private final JdbcClient jdbc;

    MatterPhotos(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores photos of a step of the work ({@code step}: its timeline entry), or a report's photos before the report
     * exists ({@code matter} and {@code step} null: unlinked until {@link #linkPhotos}). Answers their ids.
     */
    List<UUID> storePhotos(@Nullable UUID matter, @Nullable Long step, List<PhotoSanitizer.Photo> photos) {
        List<UUID> ids = new ArrayList<>();
        for (PhotoSanitizer.Photo photo : photos) {
            UUID id = UUID.randomUUID();
            jdbc.sql(
                            "insert into matter_photo (id, matter_id, timeline_id, content_type, bytes) values (?, ?, ?, ?, ?)")
                    .params(id, matter, step, photo.contentType(), photo.bytes())
                    .update();
            ids.add(id);
        }
        return ids;
    }

    /** Links photos kept before their reports ({@link #storePhotos}) to them: one statement for a batch. */
    void linkPhotos(List<UUID> photos, List<UUID> matters) {
        if (photos.isEmpty()) {
            return;
        }
        jdbc.sql("""
				update matter_photo p set matter_id = l.matter
				from unnest(cast(:photos as uuid[]), cast(:matters as uuid[])) as l(photo, matter)
				where p.id = l.photo and p.matter_id is null
				""")
                .param("photos", photos.toArray(UUID[]::new))
                .param("matters", matters.toArray(UUID[]::new))
                .update();
    }

    /** Deletes photos whose report was never taken, kept longer than {@code age}; answers how many. */
    int deleteUnlinkedPhotos(Duration age) {
        return jdbc.sql(
                        "delete from matter_photo where matter_id is null and created_at < now() - make_interval(secs => ?)")
                .param(age.toSeconds())
                .update();
    }

    /** The reporter's photos. */
    List<UUID> photoIds(UUID matter) {
        return jdbc.sql(
                        "select id from matter_photo where matter_id = ? and timeline_id is null order by created_at, id")
                .param(matter)
                .query(UUID.class)
                .list();
    }

    Optional<PhotoSanitizer.Photo> photo(UUID matter, UUID photo) {
        return jdbc.sql("select content_type, bytes from matter_photo where matter_id = ? and id = ?")
                .params(matter, photo)
                .query((rs, row) -> new PhotoSanitizer.Photo(rs.getString(1), rs.getBytes(2)))
                .optional();
    }
}
