package org.linju.works;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.linju.disclosure.DisclosedPhoto;
import org.linju.identity.CurrentUser;
import org.linju.matters.PhotoSanitizer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Photos of a project's site, kept only after the matters' sanitiser has re-encoded them without metadata: a phone's
 * photo carries where and when it was taken and with which device, which the public page must not give away.
 */
@Service
public class ProjectPhotos {

    private final LivelihoodProjects projects;
    private final ProjectParts parts;
    private final PhotoSanitizer sanitizer;
    private final Clock clock;

    ProjectPhotos(LivelihoodProjects projects, ProjectParts parts, PhotoSanitizer sanitizer, Clock clock) {
        this.projects = projects;
        this.parts = parts;
        this.sanitizer = sanitizer;
        this.clock = clock;
    }

    /** Refused with the sanitiser's {@code UnacceptableReport} (a message key) when the upload is no photo. */
    @Transactional
    public List<UUID> add(CurrentUser user, UUID project, List<byte[]> uploads, String caption) {
        WorksAccess.requireManager(user, projects.project(user, project).areaCode());
        if (caption.strip().length() > 200) {
            throw new WorksRefused("caption", "works.textTooLong");
        }
        return sanitizer.cleanAll(uploads).stream()
                .map(photo -> {
                    UUID id = UUID.randomUUID();
                    parts.addPhoto(project, id, photo.contentType(), photo.bytes(), caption.strip(), clock.instant());
                    return id;
                })
                .toList();
    }

    public List<UUID> ids(CurrentUser user, UUID project) {
        projects.project(user, project);
        return parts.photoIds(project);
    }

    public DisclosedPhoto photo(CurrentUser user, UUID project, UUID photo) {
        projects.project(user, project);
        return parts.photo(project, photo).orElseThrow(WorksItemNotFound::new);
    }
}
