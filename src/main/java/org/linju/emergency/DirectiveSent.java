package org.linju.emergency;

import java.util.List;
import java.util.UUID;
import org.springframework.modulith.NamedInterface;

/** A directive reached people with a Linju sign-in ({@code usernames}); {@code reminder} when they are reminded. */
@NamedInterface("events")
public record DirectiveSent(
        UUID emergencyId, UUID directiveId, String title, List<String> usernames, boolean reminder) {}
