package org.linju.grid.web;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import org.linju.grid.Grids;
import org.linju.shared.PublicBaseUrl;
import org.linju.shared.RegionCode;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The public "four charts and one list" (四图一单) of a community, as shown in its grid studio, and the QR code
 * that leads to it.
 */
@Controller
@ConditionalOnWebApplication
class CommunityBoardController {

    private final Grids grids;
    private final PublicBaseUrl publicBaseUrl;

    CommunityBoardController(Grids grids, PublicBaseUrl publicBaseUrl) {
        this.grids = grids;
        this.publicBaseUrl = publicBaseUrl;
    }

    @GetMapping("/public/communities/{code}")
    String board(@PathVariable String code, Model model) {
        model.addAttribute("board", grids.communityBoard(RegionCode.of(code)));
        model.addAttribute("pageUrl", pageUrl(code));
        return "grid/communityBoard";
    }

    @GetMapping(value = "/public/communities/{code}/grids.geojson")
    ResponseEntity<String> boundaries(@PathVariable String code) {
        return ResponseEntity.ok()
                .contentType(GridApiController.GEO_JSON)
                .body(grids.publicFeatureCollection(RegionCode.of(code)));
    }

    @GetMapping(value = "/public/communities/{code}/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
    @ResponseBody
    ResponseEntity<byte[]> qrCode(@PathVariable String code) throws WriterException, IOException {
        grids.communityBoard(RegionCode.of(code));
        BitMatrix matrix = new QRCodeWriter()
                .encode(
                        pageUrl(code),
                        BarcodeFormat.QR_CODE,
                        300,
                        300,
                        Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2));
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        MatrixToImageWriter.writeToStream(matrix, "PNG", png);
        return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(png.toByteArray());
    }

    private String pageUrl(String code) {
        return publicBaseUrl.of("/public/communities/" + RegionCode.of(code).value());
    }
}
