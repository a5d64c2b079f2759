package org.linju.disclosure;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.UUID;
import org.linju.shared.PublicBaseUrl;
import org.linju.shared.QrCodes;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The QR code of a published item's page, from the configured public address (never the request's Host header).
 * Made once per item and kept; whether the item is still published is asked every time.
 */
@RestController
@ConditionalOnWebApplication
class DisclosureQrController {

    private final PublishedItems published;
    private final PublicBaseUrl baseUrl;
    private final Cache<Subject, byte[]> codes =
            Caffeine.newBuilder().maximumSize(5_000).build();

    DisclosureQrController(PublishedItems published, PublicBaseUrl baseUrl) {
        this.published = published;
        this.baseUrl = baseUrl;
    }

    @GetMapping(value = "/public/disclosure/{kind}/{id}/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> qrCode(@PathVariable String kind, @PathVariable UUID id) {
        Subject subject = DisclosurePaths.subject(kind, id);
        published.published(subject).orElseThrow(DisclosurePaths::notFound);
        byte[] png = codes.get(subject, s -> QrCodes.png(baseUrl.of(DisclosurePaths.page(s)), 600));
        return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(png);
    }
}
