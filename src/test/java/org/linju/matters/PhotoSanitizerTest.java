package org.linju.matters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PhotoSanitizerTest {

    private final PhotoSanitizer sanitizer = new PhotoSanitizer(40, 2_048, 2, Duration.ofSeconds(30));

    private static final String SECRET = "GPS 31.2008N 107.5012E SERIAL-XYZ-42";

    private static byte[] image(String format) throws Exception {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        image.setRGB(5, 5, 0xFF0000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    @Test
    void jpegLosesItsExif() throws Exception {
        byte[] jpeg = image("jpg");
        byte[] payload = ("Exif\0\0" + SECRET).getBytes(StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream withExif = new ByteArrayOutputStream();
        withExif.write(jpeg, 0, 2);
        withExif.write(
                new byte[] {(byte) 0xFF, (byte) 0xE1, (byte) ((payload.length + 2) >> 8), (byte) (payload.length + 2)});
        withExif.write(payload);
        withExif.write(jpeg, 2, jpeg.length - 2);
        assertThat(text(withExif.toByteArray())).contains(SECRET);

        PhotoSanitizer.Photo clean = sanitizer.clean(withExif.toByteArray());
        assertThat(clean.contentType()).isEqualTo("image/jpeg");
        assertThat(text(clean.bytes())).doesNotContain("Exif").doesNotContain(SECRET);
        assertThat(ImageIO.read(new ByteArrayInputStream(clean.bytes())).getWidth())
                .isEqualTo(40);
    }

    @Test
    void pngLosesItsTextChunks() throws Exception {
        byte[] png = image("png");
        byte[] data = ("Comment\0" + SECRET).getBytes(StandardCharsets.ISO_8859_1);
        ByteBuffer chunk = ByteBuffer.allocate(12 + data.length);
        chunk.putInt(data.length)
                .put("tEXt".getBytes(StandardCharsets.US_ASCII))
                .put(data)
                .putInt(0);
        ByteArrayOutputStream withText = new ByteArrayOutputStream();
        withText.write(png, 0, 33);
        withText.write(chunk.array());
        withText.write(png, 33, png.length - 33);

        PhotoSanitizer.Photo clean = sanitizer.clean(withText.toByteArray());
        assertThat(clean.contentType()).isEqualTo("image/png");
        assertThat(text(clean.bytes())).doesNotContain(SECRET);
        assertThat(ImageIO.read(new ByteArrayInputStream(clean.bytes())).getHeight())
                .isEqualTo(30);
    }

    @Test
    void webpIsRefusedEvenWithAnImageInside() {
        byte[] vp8x = {0x0C, 0, 0, 0, 0x27, 0, 0, 0x1D, 0, 0};
        byte[] webp = riff(
                chunk("VP8X", vp8x),
                chunk("VP8L", new byte[] {0x2F, 1, 2, 3, 4}),
                chunk("HTML", "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.US_ASCII)));
        assertThatThrownBy(() -> sanitizer.clean(webp))
                .isInstanceOf(UnacceptableReport.class)
                .hasMessage("matter.photoType");
    }

    @Test
    void aHeaderClaimingMorePixelsThanTheBudgetIsRefusedBeforeDecoding() throws Exception {
        assertThatThrownBy(() -> sanitizer.clean(claiming(image("jpg"), 26_000, 26_000)))
                .isInstanceOf(UnacceptableReport.class)
                .hasMessage("matter.photoTooManyPixels");
        assertThatThrownBy(() -> sanitizer.clean(claiming(image("png"), 23_170, 23_170)))
                .isInstanceOf(UnacceptableReport.class)
                .hasMessage("matter.photoTooManyPixels");
    }

    @Test
    void aLargePhotoIsStoredAtMostTwoThousandPixelsLong() throws Exception {
        BufferedImage large = new BufferedImage(6_000, 4_000, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(large, "jpg", out);
        BufferedImage stored = ImageIO.read(
                new ByteArrayInputStream(sanitizer.clean(out.toByteArray()).bytes()));
        assertThat(stored.getWidth()).isEqualTo(2_048);
        assertThat(stored.getHeight()).isEqualTo(1_365);
    }

    @Test
    void whenTheDecodersAreAllBusyAPhotoWaitsAndIsThenRefusedWithAMessage() throws Exception {
        PhotoSanitizer busy = new PhotoSanitizer(40, 2_048, 0, Duration.ofMillis(50));
        byte[] jpeg = image("jpg");
        assertThatThrownBy(() -> busy.clean(jpeg))
                .isInstanceOf(UnacceptableReport.class)
                .hasMessage("matter.photoBusy");
    }

    /** The file with the width and height in its header replaced: a JPEG's SOF0 segment, a PNG's IHDR chunk. */
    private static byte[] claiming(byte[] file, int width, int height) {
        byte[] copy = file.clone();
        ByteBuffer bytes = ByteBuffer.wrap(copy);
        if ((copy[0] & 0xFF) == 0x89) {
            bytes.putInt(16, width).putInt(20, height);
            CRC32 crc = new CRC32();
            crc.update(copy, 12, 17);
            bytes.putInt(29, (int) crc.getValue());
            return copy;
        }
        int offset = 2;
        while ((copy[offset + 1] & 0xFF) != 0xC0) {
            offset += 2 + (bytes.getShort(offset + 2) & 0xFFFF);
        }
        bytes.putShort(offset + 5, (short) height).putShort(offset + 7, (short) width);
        return copy;
    }

    @Test
    void otherFilesAreRefusedWhateverTheyClaim() {
        assertThatThrownBy(() -> sanitizer.clean("GIF89a....".getBytes()))
                .isInstanceOf(UnacceptableReport.class)
                .hasMessage("matter.photoType");
        assertThatThrownBy(() -> sanitizer.clean(new byte[PhotoSanitizer.MAX_BYTES + 1]))
                .hasMessage("matter.photoTooLarge");
        assertThatThrownBy(() -> sanitizer.clean(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 1}))
                .hasMessage("matter.photoUnreadable");
    }

    private static byte[] chunk(String type, byte[] data) {
        ByteBuffer chunk =
                ByteBuffer.allocate(8 + data.length + (data.length & 1)).order(ByteOrder.LITTLE_ENDIAN);
        chunk.put(type.getBytes(StandardCharsets.US_ASCII)).putInt(data.length).put(data);
        return chunk.array();
    }

    private static byte[] riff(byte[]... chunks) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (byte[] chunk : chunks) {
            body.writeBytes(chunk);
        }
        ByteBuffer riff = ByteBuffer.allocate(12 + body.size()).order(ByteOrder.LITTLE_ENDIAN);
        riff.put("RIFF".getBytes(StandardCharsets.US_ASCII))
                .putInt(4 + body.size())
                .put("WEBP".getBytes(StandardCharsets.US_ASCII))
                .put(body.toByteArray());
        return riff.array();
    }
}
