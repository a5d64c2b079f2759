package org.linju.identity;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a page may load and run. Scripts only from the app's own files, so markup that slips into a page (a grid name
 * from an outside boundary file) cannot run; no inline script or {@code on…} handler anywhere. Styles may be inline:
 * htmx adds a {@code <style>} element for its request indicator and the import progress bar has a {@code style}
 * attribute; injected CSS cannot run code. Images may also come from the map tile server ({@code linju.map.tile-url}).
 *
 * @param directives the header's value
 */
record ContentSecurityPolicy(String directives) {

    private static final Pattern ORIGIN = Pattern.compile("^(https?://[^/?#]+)");

    static ContentSecurityPolicy of(String tileUrl) {
        String tiles = tileOrigin(tileUrl);
        return new ContentSecurityPolicy("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
                + "img-src 'self' data: blob:" + (tiles.isEmpty() ? "" : " " + tiles) + "; font-src 'self' data:; "
                + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'");
    }

    /** The tile server's origin, with Leaflet's {@code {s}} subdomain placeholder as a wildcard. */
    private static String tileOrigin(String tileUrl) {
        Matcher origin = ORIGIN.matcher(tileUrl.trim());
        return origin.find() ? origin.group(1).replace("{s}", "*") : "";
    }
}
