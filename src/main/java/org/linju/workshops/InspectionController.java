package org.linju.workshops;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.linju.grid.AreaChoices;
import org.linju.grid.AreaNames;
import org.linju.identity.CurrentUser;
import org.linju.matters.PhotoSanitizer;
import org.linju.shared.ListPage;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;

/** The inspections: the list, the draw, an inspection with its checklist, findings and rectifications. */
@Controller
class InspectionController {

    private final InspectionList list;
    private final InspectionDraw draw;
    private final Inspections inspections;
    private final AreaChoices areas;
    private final AreaNames names;

    InspectionController(
            InspectionList list, InspectionDraw draw, Inspections inspections, AreaChoices areas, AreaNames names) {
        this.list = list;
        this.draw = draw;
        this.inspections = inspections;
        this.areas = areas;
        this.names = names;
    }

    @GetMapping("/workshops/inspections")
    String inspections(@AuthenticationPrincipal CurrentUser user, InspectionFilter filter, Model model) {
        ListPage<Inspection> page = list.page(user, filter);
        model.addAttribute("page", page);
        model.addAttribute("filter", filter);
        model.addAttribute("areaChoices", areas.within(user.scope()));
        model.addAttribute(
                "gridNames",
                names.of(page.rows().stream().map(Inspection::gridCode).toList()));
        model.addAttribute("supervises", WorkshopAccess.supervises(user));
        model.addAttribute("today", inspections.today());
        return "workshops/inspections";
    }

    @GetMapping("/workshops/inspections/draw")
    String drawForm(
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam(required = false) @Nullable String area,
            Model model) {
        WorkshopAccess.requireSupervisor(user);
        boolean chosen = area != null && !area.isBlank();
        model.addAttribute("areaChoices", areas.within(user.scope()));
        model.addAttribute("area", chosen ? area.strip() : null);
        model.addAttribute("candidates", chosen ? draw.teamCandidates(user, area) : List.of());
        model.addAttribute("today", inspections.today());
        return "workshops/draw";
    }

    @PostMapping("/workshops/inspections/draw")
    String drawInspections(@AuthenticationPrincipal CurrentUser user, WorkshopForms.DrawForm form, Model model) {
        InspectionDraw.Drawn drawn = draw.draw(user, form.toCommand());
        model.addAttribute("drawn", drawn);
        model.addAttribute(
                "gridNames",
                names.of(drawn.inspections().stream().map(Inspection::gridCode).toList()));
        return "workshops/drawn";
    }

    @GetMapping("/workshops/inspections/{id}")
    String inspection(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        Inspections.InspectionView view = inspections.show(user, id);
        model.addAttribute("view", view);
        model.addAttribute("i", view.inspection());
        model.addAttribute("standing", CheckItem.STANDING);
        model.addAttribute("freeItems", WorkshopForms.FREE_ITEMS);
        model.addAttribute("supervises", WorkshopAccess.supervises(user));
        model.addAttribute("mayClose", WorkshopAccess.mayCloseRectification(user));
        model.addAttribute(
                "gridName",
                names.of(List.of(view.inspection().gridCode()))
                        .get(view.inspection().gridCode()));
        return "workshops/inspection";
    }

    @PostMapping("/workshops/inspections/{id}/record")
    String record(
            @AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestParam Map<String, String> form) {
        inspections.record(user, id, WorkshopForms.checks(form), form.getOrDefault("summary", ""));
        return "redirect:/workshops/inspections/" + id;
    }

    @PostMapping("/workshops/inspections/{id}/findings")
    String finding(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String text,
            @RequestParam(required = false) @Nullable List<MultipartFile> photos,
            @RequestParam(required = false) @Nullable String task,
            @RequestParam(required = false) @Nullable String owner,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
                    LocalDate deadline) {
        inspections.addFinding(user, id, new NewFinding(text, bytes(photos), task, owner, deadline));
        return "redirect:/workshops/inspections/" + id;
    }

    @PostMapping("/workshops/rectifications/{id}/done")
    String done(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String evidence,
            @RequestParam String back) {
        inspections.completeRectification(user, id, evidence);
        return "redirect:" + (back.startsWith("/workshops/") ? back : "/workshops");
    }

    @GetMapping("/workshops/photos/{id}")
    @ResponseBody
    ResponseEntity<byte[]> photo(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        PhotoSanitizer.Photo photo = inspections.photo(user, id);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(photo.contentType()))
                .cacheControl(CacheControl.noStore())
                .body(photo.bytes());
    }

    private static List<byte[]> bytes(@Nullable List<MultipartFile> files) {
        List<byte[]> all = new ArrayList<>();
        for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
            if (!file.isEmpty()) {
                try {
                    all.add(file.getBytes());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return all;
    }
}
