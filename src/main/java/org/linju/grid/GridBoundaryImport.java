package org.linju.grid;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.linju.identity.GridScope;
import org.linju.shared.GridCode;
import org.linju.shared.InvalidRegionCode;
import org.linju.shared.RegionCode;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports grid boundaries, all or nothing: every feature is checked first, and if any is refused, nothing is
 * stored and every refusal is reported with the feature's index and the reason.
 */
@Service
public class GridBoundaryImport {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final GridBoundaryStore boundaries;
    private final RegionStore regions;
    private final ApplicationEventPublisher events;
    private final double overlapTolerance;

    GridBoundaryImport(
            GridBoundaryStore boundaries,
            RegionStore regions,
            ApplicationEventPublisher events,
            @Value("${linju.grid.overlap-tolerance-m2:10}") double overlapTolerance) {
        this.boundaries = boundaries;
        this.regions = regions;
        this.events = events;
        this.overlapTolerance = overlapTolerance;
    }

    /** Imports a GeoJSON FeatureCollection whose features carry {@code code}, {@code name}, {@code communityCode}. */
    @Transactional
    public BoundaryImportOutcome importFeatureCollection(String geoJson, GridScope scope) {
        JsonNode root;
        try {
            root = JSON.readTree(geoJson);
        } catch (JacksonException e) {
            return refused(BoundaryProblem.of(-1, null, "boundary.notJson", e.getOriginalMessage()));
        }
        if (root == null
                || !"FeatureCollection".equals(root.path("type").asString(""))
                || !root.path("features").isArray()) {
            return refused(BoundaryProblem.of(-1, null, "boundary.notFeatureCollection"));
        }
        if (root.path("features").isEmpty()) {
            return refused(BoundaryProblem.of(-1, null, "boundary.empty"));
        }
        List<BoundaryProblem> problems = new ArrayList<>();
        List<BoundaryRules.Candidate> candidates = new ArrayList<>();
        int index = 0;
        for (JsonNode feature : root.path("features")) {
            readFeature(index++, feature, problems).ifPresent(candidates::add);
        }
        return check(candidates, scope, problems);
    }

    /** Registers shapes built in code (the demo district), under the same rules as an import. */
    @Transactional
    public BoundaryImportOutcome register(List<GridShape> shapes, GridScope scope) {
        List<BoundaryRules.Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < shapes.size(); i++) {
            candidates.add(new BoundaryRules.Candidate(i, shapes.get(i)));
        }
        return check(candidates, scope, new ArrayList<>());
    }

    private BoundaryImportOutcome check(
            List<BoundaryRules.Candidate> candidates, GridScope scope, List<BoundaryProblem> problems) {
        BoundaryRules rules = new BoundaryRules(Set.copyOf(regions.communityCodes()), scope, overlapTolerance);
        List<BoundaryRules.Candidate> sound = new ArrayList<>();
        for (BoundaryRules.Candidate candidate : candidates) {
            List<BoundaryProblem> own = rules.checkShape(candidate);
            problems.addAll(own);
            if (own.isEmpty()) {
                sound.add(candidate);
            }
        }
        var stored = boundaries.allBoundaries();
        candidates.forEach(candidate -> stored.remove(candidate.shape().code().value()));
        problems.addAll(rules.checkTogether(sound, stored));
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparingInt(BoundaryProblem::index));
            return new BoundaryImportOutcome(0, List.copyOf(problems));
        }
        List<GridShape> shapes =
                candidates.stream().map(BoundaryRules.Candidate::shape).toList();
        boundaries.upsert(shapes);
        events.publishEvent(new GridBoundariesChanged(
                shapes.stream().map(shape -> shape.code().value()).toList()));
        return new BoundaryImportOutcome(shapes.size(), List.of());
    }

    /** The grid a feature describes, or none with every problem it has added to {@code problems}. */
    private static Optional<BoundaryRules.Candidate> readFeature(
            int index, JsonNode feature, List<BoundaryProblem> problems) {
        if (!"Feature".equals(feature.path("type").asString(""))) {
            problems.add(BoundaryProblem.of(index, null, "boundary.notFeature"));
            return Optional.empty();
        }
        JsonNode properties = feature.path("properties");
        String rawCode = properties.path("code").asString("");
        String name = properties.path("name").asString("").trim();
        int before = problems.size();
        GridCode code = gridCode(index, rawCode, problems);
        RegionCode community =
                communityCode(index, rawCode, properties.path("communityCode").asString(""), problems);
        if (name.isEmpty()) {
            problems.add(BoundaryProblem.of(index, rawCode, "boundary.missingName"));
        }
        Geometry geometry = geometry(index, rawCode, feature.path("geometry"), problems);
        if (problems.size() > before || code == null || community == null || geometry == null) {
            return Optional.empty();
        }
        return Optional.of(new BoundaryRules.Candidate(
                index,
                new GridShape(
                        code,
                        name,
                        community,
                        geometry,
                        properties.path("synthetic").asBoolean(false))));
    }

    private static @Nullable GridCode gridCode(int index, String rawCode, List<BoundaryProblem> problems) {
        try {
            return GridCode.of(rawCode);
        } catch (InvalidRegionCode e) {
            problems.add(BoundaryProblem.of(index, rawCode.isEmpty() ? null : rawCode, "boundary.badCode", rawCode));
            return null;
        }
    }

    private static @Nullable RegionCode communityCode(
            int index, String rawCode, String rawCommunity, List<BoundaryProblem> problems) {
        try {
            return RegionCode.of(rawCommunity);
        } catch (InvalidRegionCode e) {
            problems.add(BoundaryProblem.of(index, rawCode, "boundary.badCommunityCode", rawCommunity));
            return null;
        }
    }

    private static @Nullable Geometry geometry(
            int index, String rawCode, JsonNode geometryNode, List<BoundaryProblem> problems) {
        if (!geometryNode.isObject()) {
            problems.add(BoundaryProblem.of(index, rawCode, "boundary.missingGeometry"));
            return null;
        }
        try {
            return GeoJson.read(geometryNode.toString());
        } catch (ParseException | RuntimeException e) {
            problems.add(BoundaryProblem.of(index, rawCode, "boundary.unreadableGeometry", e.getMessage()));
            return null;
        }
    }

    private static BoundaryImportOutcome refused(BoundaryProblem problem) {
        return new BoundaryImportOutcome(0, List.of(problem));
    }
}
