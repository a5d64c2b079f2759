package org.linju.grid;

/** The grid a point lies in, as {@code GET /api/v1/grids/locate} answers it. */
public record GridLocation(String code, String name, String communityCode, String communityName) {}
