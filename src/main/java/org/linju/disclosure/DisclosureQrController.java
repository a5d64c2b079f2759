package org.linju.disclosure;

import java.util.UUID;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The QR code of a published item's page; whether the item is still published is asked every time. */
@RestController
@ConditionalOnWebApplication
class DisclosureQrController {

    private final PublishedItems published;
    private final PublicQrCodes codes;

    DisclosureQrController(PublishedItems published, PublicQrCodes codes) {
        this.published = published;
        this.codes = codes;
    }

    @GetMapping(value = "/public/disclosure/{kind}/{id}/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> qrCode(@PathVariable String kind, @PathVariable UUID id) {
        Subject subject = DisclosurePaths.subject(kind, id);
        published.published(subject).orElseThrow(DisclosurePaths::notFound);
        return codes.png(DisclosurePaths.page(subject));
    }
}
