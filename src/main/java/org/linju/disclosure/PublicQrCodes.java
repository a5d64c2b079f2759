package org.linju.disclosure;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.linju.shared.PublicBaseUrl;
import org.linju.shared.QrCodes;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The QR code of a public page, from the configured public address (never the request's Host header). Made once per
 * page and kept; the caller checks the page is still public before asking, every time.
 */
@Component
public class PublicQrCodes {

    private static final int SIZE = 600;

    private final PublicBaseUrl baseUrl;
    private final Cache<String, byte[]> codes =
            Caffeine.newBuilder().maximumSize(5_000).build();

    PublicQrCodes(PublicBaseUrl baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** The PNG response for the page at {@code path} (e.g. {@code /public/workshops/…}). */
    public ResponseEntity<byte[]> png(String path) {
        byte[] png = codes.get(path, p -> QrCodes.png(baseUrl.of(p), SIZE));
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noCache())
                .contentType(MediaType.IMAGE_PNG)
                .body(png);
    }
}
