package org.linju.grid.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import org.linju.grid.BoundaryImportOutcome;
import org.linju.grid.GridBoundaryImport;
import org.linju.grid.RegionImport;
import org.linju.grid.RegionImportRefused;
import org.linju.identity.CurrentUser;
import org.linju.shared.InvalidRegionCode;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** District admins import the region tree and grid boundaries here. */
@Controller
class GridAdminController {

    private final GridBoundaryImport boundaryImport;
    private final RegionImport regionImport;
    private final ProblemMessages problemMessages;
    private final ImportAudit audit;

    GridAdminController(
            GridBoundaryImport boundaryImport,
            RegionImport regionImport,
            ProblemMessages problemMessages,
            ImportAudit audit) {
        this.boundaryImport = boundaryImport;
        this.regionImport = regionImport;
        this.problemMessages = problemMessages;
        this.audit = audit;
    }

    @GetMapping("/admin/grids/import")
    String boundaryForm() {
        return "grid/boundaryImport";
    }

    @PostMapping("/admin/grids/import")
    String importBoundaries(
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam("file") MultipartFile file,
            Model model,
            HttpServletResponse response)
            throws IOException {
        if (file.isEmpty()) {
            model.addAttribute("error", "boundary.noFile");
            response.setStatus(422);
            return "grid/boundaryImport";
        }
        String text = new String(file.getBytes(), StandardCharsets.UTF_8);
        BoundaryImportOutcome outcome = boundaryImport.importFeatureCollection(text, user.scope());
        model.addAttribute("fileName", file.getOriginalFilename());
        model.addAttribute("applied", outcome.applied());
        model.addAttribute("problems", problemMessages.describe(outcome.problems()));
        if (!outcome.succeeded()) {
            response.setStatus(422);
        } else {
            audit.boundariesImported(user, String.valueOf(file.getOriginalFilename()), outcome.applied());
        }
        return "grid/boundaryImport";
    }

    @GetMapping("/admin/regions/import")
    String regionForm() {
        return "grid/regionImport";
    }

    @PostMapping("/admin/regions/import")
    String importRegions(
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam String countyCode,
            @RequestParam String countyName,
            @RequestParam("streets") MultipartFile streets,
            @RequestParam("villages") MultipartFile villages,
            Model model,
            HttpServletResponse response)
            throws IOException {
        try (Reader streetsCsv = new InputStreamReader(streets.getInputStream(), StandardCharsets.UTF_8);
                Reader villagesCsv = new InputStreamReader(villages.getInputStream(), StandardCharsets.UTF_8)) {
            RegionImport.Summary summary =
                    regionImport.importCounty(countyCode.trim(), countyName.trim(), streetsCsv, villagesCsv);
            audit.regionsImported(user, summary);
            model.addAttribute("summary", summary);
        } catch (RegionImportRefused e) {
            model.addAttribute("error", e.getMessage());
            model.addAttribute("errorArgument", e.argument());
            response.setStatus(422);
        } catch (InvalidRegionCode e) {
            model.addAttribute("error", "regionImport.badCode");
            model.addAttribute("errorArgument", countyCode);
            response.setStatus(422);
        }
        return "grid/regionImport";
    }
}
