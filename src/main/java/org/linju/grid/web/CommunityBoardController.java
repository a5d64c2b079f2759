package org.linju.grid.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.linju.grid.BoardChanges;
import org.linju.grid.Grids;
import org.linju.shared.PublicBaseUrl;
import org.linju.shared.PublicPageCache;
import org.linju.shared.QrCodes;
import org.linju.shared.RegionCode;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.DigestUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.ModelAndView;

/**
 * The public "four charts and one list" (四图一单) of a community, as shown in its grid studio, and the QR code
 * that leads to it.
 */
@Controller
@ConditionalOnWebApplication
class CommunityBoardController {

    private final Grids grids;
    private final PublicBaseUrl publicBaseUrl;
    private final PublicPageCache pages;
    private final BoardChanges boardChanges;
    /** One per community that exists (unknown codes are refused before anything is kept). */
    private final Cache<String, byte[]> qrCodes =
            Caffeine.newBuilder().maximumSize(5_000).build();

    CommunityBoardController(
            Grids grids, PublicBaseUrl publicBaseUrl, PublicPageCache pages, BoardChanges boardChanges) {
        this.grids = grids;
        this.publicBaseUrl = publicBaseUrl;
        this.pages = pages;
        this.boardChanges = boardChanges;
    }

    /**
     * Read by a crowd at once when its QR code hangs in a busy place: rendered once per version of the boards (and
     * language) and kept, answering 304 to a browser that has it already.
     */
    @GetMapping("/public/communities/{code}")
    @Nullable
    ModelAndView board(
            @PathVariable String code, HttpServletRequest request, HttpServletResponse response, Model model) {
        RegionCode community = RegionCode.of(code);
        return pages.serve(
                request, response, model, "board:" + community.value(), boardChanges.version(), Map.of(), () -> {
                    ModelAndView page = new ModelAndView("grid/communityBoard");
                    page.addObject("board", grids.communityBoard(community));
                    page.addObject("pageUrl", pageUrl(code));
                    return page;
                });
    }

    @GetMapping(value = "/public/communities/{code}/grids.geojson")
    ResponseEntity<String> boundaries(@PathVariable String code) {
        return ResponseEntity.ok()
                .contentType(GridApiController.GEO_JSON)
                .body(grids.publicFeatureCollection(RegionCode.of(code)));
    }

    /**
     * The QR code only encodes the board's address, so it is made once per community and then answered from memory,
     * or with 304 to a browser that has it.
     */
    @GetMapping(value = "/public/communities/{code}/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
    @ResponseBody
    ResponseEntity<byte[]> qrCode(@PathVariable String code, WebRequest request) {
        String community = RegionCode.of(code).value();
        String etag = "\"" + DigestUtils.md5DigestAsHex(pageUrl(community).getBytes(StandardCharsets.UTF_8)) + "\"";
        if (request.checkNotModified(etag)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).build();
        }
        byte[] png = qrCodes.get(community, this::qrCodeOf);
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noCache())
                .eTag(etag)
                .body(png);
    }

    private byte[] qrCodeOf(String community) {
        grids.communityBoard(RegionCode.of(community));
        return QrCodes.png(pageUrl(community), 300);
    }

    private String pageUrl(String code) {
        return publicBaseUrl.of("/public/communities/" + RegionCode.of(code).value());
    }
}
