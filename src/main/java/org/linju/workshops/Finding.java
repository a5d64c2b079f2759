package org.linju.workshops;

import java.util.List;
import java.util.UUID;

/** A finding of an inspection with its photos' ids and the rectifications it requires. */
public record Finding(
        UUID id, UUID inspectionId, String text, List<UUID> photoIds, List<Rectification> rectifications) {}
