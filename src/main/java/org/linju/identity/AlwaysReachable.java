package org.linju.identity;

/** Paths a holding page (first-run setup, forced password change) must never redirect: assets and error pages. */
final class AlwaysReachable {

    private AlwaysReachable() {}

    static boolean isAssetOrError(String path) {
        return path.startsWith("/css/")
                || path.startsWith("/js/")
                || path.startsWith("/webjars/")
                || path.startsWith("/error");
    }
}
