package org.linju.agenda;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Someone Linju knows (the forces roster) who may own an item, with their sign-in if they have one. */
public record Owner(UUID memberId, String name, @Nullable String username) {}
