package org.linju.grid;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.linju.identity.GridScope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * The rules a set of grid boundaries must meet before any of it is stored: each shape a valid polygon in range,
 * in a known community within the importer's scope, no code twice, and no two grids overlapping by more than the
 * tolerance (boundaries drawn "to every edge" share edges, they do not overlap).
 */
final class BoundaryRules {

    /** A grid to check, with its position in the submitted collection. */
    record Candidate(int index, GridShape shape) {}

    /**
     * Boundary files come from outside GIS vendors, and a name is printed on the public board: markup brackets and
     * control or invisible formatting characters (line breaks, right-to-left overrides) have no place in it.
     */
    private static final Pattern UNSAFE_NAME = Pattern.compile("[<>\\p{Cc}\\p{Cf}]");

    private static final double METRES_PER_DEGREE_LAT = 110_574;
    private static final double METRES_PER_DEGREE_LNG_AT_EQUATOR = 111_320;

    private final Set<String> knownCommunities;
    private final GridScope scope;
    private final double overlapToleranceSquareMetres;

    BoundaryRules(Set<String> knownCommunities, GridScope scope, double overlapToleranceSquareMetres) {
        this.knownCommunities = knownCommunities;
        this.scope = scope;
        this.overlapToleranceSquareMetres = overlapToleranceSquareMetres;
    }

    /** Problems of one shape on its own; empty when it is fine. */
    List<BoundaryProblem> checkShape(Candidate candidate) {
        GridShape shape = candidate.shape();
        int index = candidate.index();
        String code = shape.code().value();
        List<BoundaryProblem> problems = new ArrayList<>();
        if (UNSAFE_NAME.matcher(shape.name()).find()) {
            problems.add(BoundaryProblem.of(index, code, "boundary.badName"));
        }
        String community = shape.communityCode().value();
        if (!shape.code().community().equals(shape.communityCode())) {
            problems.add(BoundaryProblem.of(index, code, "boundary.communityMismatch", community));
        } else if (!knownCommunities.contains(community)) {
            problems.add(BoundaryProblem.of(index, code, "boundary.unknownCommunity", community));
        } else if (!scope.covers(shape.communityCode())) {
            problems.add(BoundaryProblem.of(index, code, "boundary.outOfScope", community));
        }
        Geometry geometry = shape.boundary();
        if (!(geometry instanceof Polygonal) || geometry.isEmpty()) {
            problems.add(BoundaryProblem.of(index, code, "boundary.notPolygon", geometry.getGeometryType()));
            return problems;
        }
        var envelope = geometry.getEnvelopeInternal();
        if (envelope.getMinX() < -180
                || envelope.getMaxX() > 180
                || envelope.getMinY() < -90
                || envelope.getMaxY() > 90) {
            problems.add(BoundaryProblem.of(index, code, "boundary.outOfRange"));
            return problems;
        }
        TopologyValidationError error = new IsValidOp(geometry).getValidationError();
        if (error != null) {
            problems.add(BoundaryProblem.of(
                    index,
                    code,
                    "boundary.invalidGeometry",
                    error.getMessage(),
                    error.getCoordinate() == null ? "" : error.getCoordinate().x + " " + error.getCoordinate().y));
        }
        return problems;
    }

    /**
     * Problems between shapes: codes given twice, and overlaps with each other or with stored grids that the
     * import does not replace.
     */
    List<BoundaryProblem> checkTogether(List<Candidate> candidates, Map<String, Geometry> stored) {
        List<BoundaryProblem> problems = new ArrayList<>();
        Map<String, Integer> firstIndexOfCode = new HashMap<>();
        Map<String, Geometry> result = new LinkedHashMap<>(stored);
        List<Candidate> unique = new ArrayList<>();
        for (Candidate candidate : candidates) {
            String code = candidate.shape().code().value();
            Integer first = firstIndexOfCode.putIfAbsent(code, candidate.index());
            if (first != null) {
                problems.add(BoundaryProblem.of(candidate.index(), code, "boundary.duplicateCode", first));
            } else {
                result.put(code, candidate.shape().boundary());
                unique.add(candidate);
            }
        }
        STRtree tree = new STRtree();
        result.forEach((code, geometry) -> tree.insert(geometry.getEnvelopeInternal(), Map.entry(code, geometry)));
        Map<String, Integer> indexOfCode = new HashMap<>();
        unique.forEach(candidate -> indexOfCode.put(candidate.shape().code().value(), candidate.index()));
        for (Candidate candidate : unique) {
            String code = candidate.shape().code().value();
            Geometry geometry = candidate.shape().boundary();
            for (Object item : tree.query(geometry.getEnvelopeInternal())) {
                @SuppressWarnings("unchecked")
                Map.Entry<String, Geometry> other = (Map.Entry<String, Geometry>) item;
                Integer otherIndex = indexOfCode.get(other.getKey());
                boolean reportedFromOtherSide = otherIndex != null && otherIndex > candidate.index();
                if (other.getKey().equals(code) || reportedFromOtherSide) {
                    continue;
                }
                double overlap = squareMetres(geometry.intersection(other.getValue()));
                if (overlap > overlapToleranceSquareMetres) {
                    problems.add(BoundaryProblem.of(
                            candidate.index(), code, "boundary.overlap", other.getKey(), Math.round(overlap)));
                }
            }
        }
        return problems;
    }

    /** Area of a small longitude/latitude geometry in square metres, by the local scale at its centre. */
    static double squareMetres(Geometry geometry) {
        if (geometry.isEmpty()) {
            return 0;
        }
        double latitude = geometry.getCentroid().getY();
        return geometry.getArea()
                * METRES_PER_DEGREE_LAT
                * METRES_PER_DEGREE_LNG_AT_EQUATOR
                * Math.cos(Math.toRadians(latitude));
    }
}
