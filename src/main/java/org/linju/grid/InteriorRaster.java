package org.linju.grid;

import java.util.Arrays;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * A raster over the grids' extent that remembers, for every cell no grid boundary passes through, the one grid
 * that covers it. Most points fall in such cells and are answered with one array read; the rest (cells on a
 * boundary, outside all grids, or claimed twice) return {@link #ASK_THE_TREE} and take the exact R-tree and
 * prepared-geometry path. The raster only caches answers that exact path would give.
 */
final class InteriorRaster {

    static final int ASK_THE_TREE = -1;
    private static final int CLAIMED_TWICE = -2;

    private final double minX;
    private final double minY;
    private final double inverseCellSize;
    private final int columns;
    private final int rows;
    private final int[] owners;

    private InteriorRaster(double minX, double minY, double cellSize, int columns, int rows, int[] owners) {
        this.minX = minX;
        this.minY = minY;
        this.inverseCellSize = 1 / cellSize;
        this.columns = columns;
        this.rows = rows;
        this.owners = owners;
    }

    /** The index of the grid owning the point's cell, or {@link #ASK_THE_TREE}. */
    int ownerAt(double x, double y) {
        double column = (x - minX) * inverseCellSize;
        double row = (y - minY) * inverseCellSize;
        if (!(column >= 0 && column < columns && row >= 0 && row < rows)) {
            return ASK_THE_TREE;
        }
        int owner = owners[(int) row * columns + (int) column];
        return owner >= 0 ? owner : ASK_THE_TREE;
    }

    /**
     * @param cellsPerGrid how finely to cut the extent, per grid on average; finer answers more points directly
     * @param maxCells a memory cap (4 bytes a cell)
     */
    static InteriorRaster build(
            List<Geometry> boundaries, List<? extends CoversPoint> locators, int cellsPerGrid, int maxCells) {
        Envelope extent = new Envelope();
        boundaries.forEach(boundary -> extent.expandToInclude(boundary.getEnvelopeInternal()));
        if (boundaries.isEmpty() || extent.getArea() <= 0) {
            return new InteriorRaster(0, 0, 1, 0, 0, new int[0]);
        }
        long wanted = Math.min((long) boundaries.size() * cellsPerGrid, maxCells);
        double cellSize = Math.sqrt(extent.getArea() / wanted);
        int columns = Math.max(1, (int) Math.ceil(extent.getWidth() / cellSize));
        int rows = Math.max(1, (int) Math.ceil(extent.getHeight() / cellSize));
        Builder builder = new Builder(extent.getMinX(), extent.getMinY(), cellSize, columns, rows);
        boundaries.forEach(builder::markBoundary);
        for (int i = 0; i < boundaries.size(); i++) {
            builder.claimInterior(i, boundaries.get(i).getEnvelopeInternal(), locators.get(i));
        }
        return new InteriorRaster(extent.getMinX(), extent.getMinY(), cellSize, columns, rows, builder.owners);
    }

    /** The exact point test the raster caches. */
    interface CoversPoint {
        boolean covers(Coordinate point);
    }

    private static final class Builder {

        private final double minX;
        private final double minY;
        private final double cellSize;
        private final int columns;
        private final int rows;
        private final boolean[] onBoundary;
        private final int[] owners;

        Builder(double minX, double minY, double cellSize, int columns, int rows) {
            this.minX = minX;
            this.minY = minY;
            this.cellSize = cellSize;
            this.columns = columns;
            this.rows = rows;
            this.onBoundary = new boolean[columns * rows];
            this.owners = new int[columns * rows];
            Arrays.fill(owners, ASK_THE_TREE);
        }

        /** Marks every cell a ring of the boundary touches, conservatively (a few extra cells do no harm). */
        void markBoundary(Geometry boundary) {
            for (int p = 0; p < boundary.getNumGeometries(); p++) {
                Polygon polygon = (Polygon) boundary.getGeometryN(p);
                markRing(polygon.getExteriorRing());
                for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
                    markRing(polygon.getInteriorRingN(h));
                }
            }
        }

        private void markRing(LineString ring) {
            CoordinateSequence points = ring.getCoordinateSequence();
            for (int i = 1; i < points.size(); i++) {
                double x0 = points.getX(i - 1);
                double y0 = points.getY(i - 1);
                double x1 = points.getX(i);
                double y1 = points.getY(i);
                int pieces = (int) Math.ceil(Math.hypot(x1 - x0, y1 - y0) / (cellSize / 2)) + 1;
                for (int k = 0; k < pieces; k++) {
                    double ax = x0 + (x1 - x0) * k / pieces;
                    double ay = y0 + (y1 - y0) * k / pieces;
                    double bx = x0 + (x1 - x0) * (k + 1) / pieces;
                    double by = y0 + (y1 - y0) * (k + 1) / pieces;
                    markBox(Math.min(ax, bx), Math.min(ay, by), Math.max(ax, bx), Math.max(ay, by));
                }
            }
        }

        private void markBox(double x0, double y0, double x1, double y1) {
            int c0 = clampColumn(x0);
            int c1 = clampColumn(x1);
            int r0 = clampRow(y0);
            int r1 = clampRow(y1);
            for (int r = r0; r <= r1; r++) {
                for (int c = c0; c <= c1; c++) {
                    onBoundary[r * columns + c] = true;
                }
            }
        }

        /**
         * Walks the grid's bounding box row by row. Between boundary cells, inside-or-outside cannot change, so one
         * exact test of a cell centre decides the whole run of cells that follows.
         */
        void claimInterior(int grid, Envelope box, CoversPoint locator) {
            int c0 = clampColumn(box.getMinX());
            int c1 = clampColumn(box.getMaxX());
            int r0 = clampRow(box.getMinY());
            int r1 = clampRow(box.getMaxY());
            for (int r = r0; r <= r1; r++) {
                boolean decided = false;
                boolean inside = false;
                for (int c = c0; c <= c1; c++) {
                    int cell = r * columns + c;
                    if (onBoundary[cell]) {
                        decided = false;
                        continue;
                    }
                    if (!decided) {
                        inside = locator.covers(
                                new Coordinate(minX + (c + 0.5) * cellSize, minY + (r + 0.5) * cellSize));
                        decided = true;
                    }
                    if (inside) {
                        owners[cell] = owners[cell] == ASK_THE_TREE ? grid : CLAIMED_TWICE;
                    }
                }
            }
        }

        private int clampColumn(double x) {
            return Math.max(0, Math.min(columns - 1, (int) Math.floor((x - minX) / cellSize)));
        }

        private int clampRow(double y) {
            return Math.max(0, Math.min(rows - 1, (int) Math.floor((y - minY) / cellSize)));
        }
    }
}
