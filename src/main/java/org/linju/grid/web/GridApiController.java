package org.linju.grid.web;

import java.util.List;
import java.util.Map;
import org.linju.grid.BoundaryImportOutcome;
import org.linju.grid.GridBoundaryImport;
import org.linju.grid.GridLocator;
import org.linju.grid.GridViews;
import org.linju.grid.Grids;
import org.linju.identity.CurrentUser;
import org.linju.shared.GridCode;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class GridApiController {

    static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");

    private final GridLocator locator;
    private final Grids grids;
    private final GridBoundaryImport boundaryImport;
    private final ProblemMessages problemMessages;
    private final ImportAudit audit;

    GridApiController(
            GridLocator locator,
            Grids grids,
            GridBoundaryImport boundaryImport,
            ProblemMessages problemMessages,
            ImportAudit audit) {
        this.audit = audit;
        this.locator = locator;
        this.grids = grids;
        this.boundaryImport = boundaryImport;
        this.problemMessages = problemMessages;
    }

    /**
     * The grid a point lies in. Public: grid names and codes are on every community's public board, and residents'
     * reporting forms need the lookup before anyone signs in.
     */
    @GetMapping("/api/v1/grids/locate")
    ResponseEntity<?> locate(@RequestParam double lat, @RequestParam double lng) {
        if (lat < -90 || lat > 90 || lng < -180 || lng > 180) {
            return problem(HttpStatus.BAD_REQUEST, "lat must be in [-90, 90] and lng in [-180, 180]");
        }
        return locator.locate(lat, lng)
                .<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> problem(HttpStatus.NOT_FOUND, "No grid contains the point " + lat + ", " + lng));
    }

    @GetMapping(value = "/api/v1/grids.geojson")
    ResponseEntity<String> export(@AuthenticationPrincipal CurrentUser user) {
        return ResponseEntity.ok().contentType(GEO_JSON).body(grids.featureCollection(user.scope()));
    }

    /** One grid's card; 403 (problem JSON) when the grid lies outside the caller's scope. */
    @GetMapping("/api/v1/grids/{code}")
    GridViews.GridCard card(@AuthenticationPrincipal CurrentUser user, @PathVariable String code) {
        return grids.card(GridCode.of(code), user.scope());
    }

    @PostMapping(value = "/api/v1/admin/grids.geojson")
    ResponseEntity<Map<String, Object>> importBoundaries(
            @AuthenticationPrincipal CurrentUser user, @RequestBody String featureCollection) {
        BoundaryImportOutcome outcome = boundaryImport.importFeatureCollection(featureCollection, user.scope());
        if (outcome.succeeded()) {
            audit.boundariesImported(user, "api", outcome.applied());
            return ResponseEntity.ok(Map.of("applied", outcome.applied()));
        }
        List<Map<String, Object>> problems = problemMessages.describe(outcome.problems());
        return ResponseEntity.status(422).body(Map.of("applied", 0, "problems", problems));
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ProblemDetail.forStatusAndDetail(status, detail));
    }
}
