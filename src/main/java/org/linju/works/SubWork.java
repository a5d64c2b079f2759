package org.linju.works;

import java.util.UUID;

/** A part of a project (earthworks, pipes, paving …), its weight in the project's progress and how far it is done. */
public record SubWork(UUID id, String name, int weight, int percent) {}
