package org.linju.appraisal;

import java.util.UUID;

/** A grid worker as the appraisal names them: their account and display name. */
public record GridWorker(UUID id, String name) {}
