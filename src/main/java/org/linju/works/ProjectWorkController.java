package org.linju.works;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.linju.identity.CurrentUser;
import org.linju.shared.Fen;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The steps on a project's page: status, sub-works and their progress, milestones, photos and money from lines. */
@Controller
class ProjectWorkController {

    private final LivelihoodProjects projects;
    private final ProjectProgress progress;
    private final ProjectPhotos photos;
    private final WorksFunding funding;

    ProjectWorkController(
            LivelihoodProjects projects, ProjectProgress progress, ProjectPhotos photos, WorksFunding funding) {
        this.projects = projects;
        this.progress = progress;
        this.photos = photos;
        this.funding = funding;
    }

    private static String back(UUID id, String anchor) {
        return "redirect:/works/projects/" + id + "#" + anchor;
    }

    @PostMapping("/works/projects/{id}/status")
    String status(
            @AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestParam ProjectStatus status) {
        projects.changeStatus(user, id, status);
        return back(id, "project-status");
    }

    @PostMapping("/works/projects/{id}/subworks")
    String addSubWork(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable UUID id,
            @RequestParam String name,
            @RequestParam int weight) {
        progress.addSubWork(user, id, name, weight);
        return back(id, "subworks");
    }

    @PostMapping("/works/projects/{id}/subworks/{work}")
    String recordSubWork(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable UUID id,
            @PathVariable UUID work,
            @RequestParam int percent) {
        progress.recordSubWork(user, id, work, percent);
        return back(id, "subworks");
    }

    @PostMapping("/works/projects/{id}/milestones")
    String addMilestone(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable UUID id,
            @RequestParam String name,
            @RequestParam(required = false) @Nullable LocalDate plannedOn) {
        progress.addMilestone(user, id, name, plannedOn);
        return back(id, "milestones");
    }

    @PostMapping("/works/projects/{id}/milestones/{milestone}")
    String recordMilestone(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable UUID id,
            @PathVariable UUID milestone,
            @RequestParam(required = false) @Nullable LocalDate actualOn) {
        progress.recordMilestone(user, id, milestone, actualOn);
        return back(id, "milestones");
    }

    @PostMapping("/works/projects/{id}/photos")
    String addPhotos(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable UUID id,
            @RequestParam("photos") List<MultipartFile> uploads,
            @RequestParam(defaultValue = "") String caption) {
        List<byte[]> bytes = uploads.stream()
                .filter(upload -> !upload.isEmpty())
                .map(ProjectWorkController::bytes)
                .toList();
        photos.add(user, id, bytes, caption);
        return back(id, "photos");
    }

    private static byte[] bytes(MultipartFile upload) {
        try {
            return upload.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @PostMapping("/works/projects/{id}/funding")
    String allocate(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable UUID id,
            @RequestParam UUID line,
            @RequestParam(required = false) @Nullable BigDecimal amountYuan) {
        long fen = Fen.of(amountYuan).orElseThrow(() -> new WorksRefused("amount", "works.amountInvalid"));
        funding.allocate(user, id, line, fen);
        return back(id, "funding");
    }
}
