/**
 * The one way personal data is kept: field encryption with key ids (AES-256-GCM, or SM4-GCM), keyed blind
 * indexes for exact search, masking by role, and reveal-with-reason that is always audited.
 */
@ApplicationModule(allowedDependencies = {"shared", "identity", "audit"})
@NullMarked
package org.linju.privacy;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
