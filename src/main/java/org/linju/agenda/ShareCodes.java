package org.linju.agenda;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import org.linju.shared.PublicBaseUrl;
import org.linju.shared.QrCodes;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.util.DigestUtils;
import org.springframework.web.context.request.WebRequest;

/**
 * What a plain WeChat group gets instead of a group robot: the absolute address of a page (from configuration, never a
 * request's Host header) and its QR code, made once per address and answered from memory or with 304.
 */
@Component
@ConditionalOnWebApplication
class ShareCodes {

    static final int SIZE = 240;

    private final PublicBaseUrl base;
    private final Cache<String, byte[]> codes =
            Caffeine.newBuilder().maximumSize(5_000).build();

    ShareCodes(PublicBaseUrl base) {
        this.base = base;
    }

    /** The absolute address of a local path, as printed in the text and encoded in the QR code. */
    String url(String path) {
        return base.of(path);
    }

    /** The QR code of a local path's absolute address. */
    ResponseEntity<byte[]> png(String path, WebRequest request) {
        String url = url(path);
        String etag = "\"" + DigestUtils.md5DigestAsHex(url.getBytes(StandardCharsets.UTF_8)) + "\"";
        if (request.checkNotModified(etag)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).build();
        }
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noCache())
                .eTag(etag)
                .body(codes.get(url, text -> QrCodes.png(text, SIZE)));
    }
}
