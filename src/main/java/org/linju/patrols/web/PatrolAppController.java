package org.linju.patrols.web;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import javax.imageio.ImageIO;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The installable phone app: its service worker (served from {@code /patrols/} so that it controls the patrol pages and
 * nothing else, and never cached by HTTP, so that a new version reaches the phones), its manifest and icon.
 */
@RestController
class PatrolAppController {

    private static final Resource WORKER = new ClassPathResource("static/js/patrolsWorker.js");
    private static final MediaType MANIFEST = MediaType.parseMediaType("application/manifest+json");
    private final byte[] icon = icon();

    @GetMapping("/patrols/sw.js")
    ResponseEntity<Resource> serviceWorker() {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("text/javascript"))
                .cacheControl(CacheControl.noCache())
                .body(WORKER);
    }

    @GetMapping("/patrols/app.webmanifest")
    ResponseEntity<String> manifest() {
        String manifest = """
				{"name":"邻聚巡查 Linju patrols","short_name":"巡查","start_url":"/patrols/today","scope":"/patrols/",
				 "display":"standalone","background_color":"#ffffff","theme_color":"#b3261e","lang":"zh-CN",
				 "icons":[{"src":"/patrols/icon.png","sizes":"192x192","type":"image/png","purpose":"any"}]}
				""";
        return ResponseEntity.ok().contentType(MANIFEST).body(manifest);
    }

    @GetMapping("/patrols/icon.png")
    ResponseEntity<byte[]> icon192() {
        return ResponseEntity.ok()
                .contentType(MediaType.IMAGE_PNG)
                .cacheControl(CacheControl.maxAge(Duration.ofDays(7)))
                .body(icon);
    }

    /** A red disc with a white footpath: drawn once, no image file to keep. */
    private static byte[] icon() {
        BufferedImage image = new BufferedImage(192, 192, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(0xb3261e));
        g.fillOval(0, 0, 192, 192);
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(14, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.drawPolyline(new int[] {48, 80, 104, 144}, new int[] {144, 96, 120, 56}, 4);
        g.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }
}
