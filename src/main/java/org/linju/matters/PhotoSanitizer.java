package org.linju.matters;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Accepts JPEG and PNG photos, recognised by their bytes rather than the declared type, and keeps only their pixels:
 * every piece of metadata (EXIF with its GPS position and camera serial, XMP, text chunks) is lost on the way. The size
 * a file's header declares is checked before anything is decoded, because a few hundred bytes can claim billions of
 * pixels; the decoder then skips rows and columns so that it never holds much more than the stored copy, which is no
 * longer than {@code longestSide} on its longer side. Other modules that keep photos (livelihood projects,
 * workshop inspections) clean them here too; a refused photo is an {@link UnacceptableReport}. A few decodes run at once (memory and CPU); the others wait their turn, for a while. WebP is
 * refused: the JDK cannot decode it, and copying chunks it has not checked let anything through (an HTML page).
 */
@Component
public class PhotoSanitizer {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    /** Photos one report or one step may carry. */
    public static final int MAX_PHOTOS = 6;

    private final long maxPixels;
    private final int longestSide;
    private final Semaphore decoders;
    private final Duration decoderWait;

    /** A clean photo. */
    public record Photo(String contentType, byte[] bytes) {}

    PhotoSanitizer(
            @Value("${linju.matters.photo-max-megapixels:40}") int maxMegapixels,
            @Value("${linju.matters.photo-longest-side:2048}") int longestSide,
            @Value("${linju.matters.photo-decoders:2}") int decoders,
            @Value("${linju.matters.photo-decoder-wait:30s}") Duration decoderWait) {
        this.maxPixels = maxMegapixels * 1_000_000L;
        this.longestSide = longestSide;
        this.decoders = new Semaphore(decoders, true);
        this.decoderWait = decoderWait;
    }

    /** Cleans the photos of one report or step: at most {@link #MAX_PHOTOS}, each as {@link #clean(byte[])}. */
    public List<Photo> cleanAll(List<byte[]> uploads) {
        if (uploads.size() > MAX_PHOTOS) {
            throw new UnacceptableReport("photos", "matter.tooManyPhotos");
        }
        return uploads.stream().map(this::clean).toList();
    }

    public Photo clean(byte[] upload) {
        if (upload.length == 0 || upload.length > MAX_BYTES) {
            throw new UnacceptableReport("photos", "matter.photoTooLarge");
        }
        if (startsWith(upload, (byte) 0xFF, (byte) 0xD8, (byte) 0xFF)) {
            return new Photo("image/jpeg", redraw(upload, "jpeg"));
        }
        if (startsWith(upload, (byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G')) {
            return new Photo("image/png", redraw(upload, "png"));
        }
        throw new UnacceptableReport("photos", "matter.photoType");
    }

    private byte[] redraw(byte[] upload, String format) {
        boolean admitted = false;
        try {
            admitted = decoders.tryAcquire(decoderWait.toMillis(), TimeUnit.MILLISECONDS);
            if (!admitted) {
                throw new UnacceptableReport("photos", "matter.photoBusy");
            }
            BufferedImage image = fitted(decode(upload, format), !"jpeg".equals(format));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, format, out);
            return out.toByteArray();
        } catch (IOException | RuntimeException e) {
            if (e instanceof UnacceptableReport report) {
                throw report;
            }
            throw new UnacceptableReport("photos", "matter.photoUnreadable");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UnacceptableReport("photos", "matter.photoBusy");
        } finally {
            if (admitted) {
                decoders.release();
            }
        }
    }

    /** Reads the declared size from the header, refuses too many pixels, and decodes every n-th row and column. */
    private BufferedImage decode(byte[] upload, String format) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
            ImageReader reader = ImageIO.getImageReadersByFormatName(format).next();
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if ((long) width * height > maxPixels) {
                    throw new UnacceptableReport("photos", "matter.photoTooManyPixels");
                }
                ImageReadParam param = reader.getDefaultReadParam();
                int step = Math.max(1, Math.max(width, height) / longestSide);
                param.setSourceSubsampling(step, step, 0, 0);
                return reader.read(0, param);
            } finally {
                reader.dispose();
            }
        }
    }

    /** The image drawn anew at most {@link #longestSide} long, opaque unless {@code keepAlpha}. */
    private BufferedImage fitted(BufferedImage image, boolean keepAlpha) {
        double scale = Math.min(1.0, (double) longestSide / Math.max(image.getWidth(), image.getHeight()));
        int width = Math.max(1, (int) Math.round(image.getWidth() * scale));
        int height = Math.max(1, (int) Math.round(image.getHeight() * scale));
        BufferedImage drawn = new BufferedImage(
                width,
                height,
                keepAlpha && image.getColorModel().hasAlpha()
                        ? BufferedImage.TYPE_INT_ARGB
                        : BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = drawn.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            graphics.drawImage(image, 0, 0, width, height, null);
        } finally {
            graphics.dispose();
        }
        return drawn;
    }

    private static boolean startsWith(byte[] bytes, byte... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
