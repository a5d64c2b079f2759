package org.linju.matters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PhotoSanitizerTest {

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
		withExif.write(new byte[] { (byte) 0xFF, (byte) 0xE1, (byte) ((payload.length + 2) >> 8), (byte) (payload.length + 2) });
		withExif.write(payload);
		withExif.write(jpeg, 2, jpeg.length - 2);
		assertThat(text(withExif.toByteArray())).contains(SECRET);

		PhotoSanitizer.Photo clean = PhotoSanitizer.clean(withExif.toByteArray());
		assertThat(clean.contentType()).isEqualTo("image/jpeg");
		assertThat(text(clean.bytes())).doesNotContain("Exif").doesNotContain(SECRET);
		assertThat(ImageIO.read(new ByteArrayInputStream(clean.bytes())).getWidth()).isEqualTo(40);
	}

	@Test
	void pngLosesItsTextChunks() throws Exception {
		byte[] png = image("png");
		byte[] data = ("Comment\0" + SECRET).getBytes(StandardCharsets.ISO_8859_1);
		ByteBuffer chunk = ByteBuffer.allocate(12 + data.length);
		chunk.putInt(data.length).put("tEXt".getBytes(StandardCharsets.US_ASCII)).put(data).putInt(0);
		ByteArrayOutputStream withText = new ByteArrayOutputStream();
		withText.write(png, 0, 33);
		withText.write(chunk.array());
		withText.write(png, 33, png.length - 33);

		PhotoSanitizer.Photo clean = PhotoSanitizer.clean(withText.toByteArray());
		assertThat(clean.contentType()).isEqualTo("image/png");
		assertThat(text(clean.bytes())).doesNotContain(SECRET);
		assertThat(ImageIO.read(new ByteArrayInputStream(clean.bytes())).getHeight()).isEqualTo(30);
	}

	@Test
	void webpKeepsItsImageAndLosesExifAndXmp() {
		byte[] vp8x = { 0x0C, 0, 0, 0, 0x27, 0, 0, 0x1D, 0, 0 };
		byte[] webp = riff(chunk("VP8X", vp8x), chunk("VP8L", new byte[] { 0x2F, 1, 2, 3, 4 }),
				chunk("EXIF", SECRET.getBytes(StandardCharsets.US_ASCII)), chunk("XMP ", "<x:xmpmeta/>".getBytes()));
		PhotoSanitizer.Photo clean = PhotoSanitizer.clean(webp);
		assertThat(clean.contentType()).isEqualTo("image/webp");
		String out = text(clean.bytes());
		assertThat(out).contains("VP8X").contains("VP8L").doesNotContain("EXIF").doesNotContain(SECRET).doesNotContain("xmpmeta");
		assertThat(clean.bytes()[20] & 0x0C).as("EXIF and XMP flags cleared").isZero();
		int riffSize = ByteBuffer.wrap(clean.bytes(), 4, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
		assertThat(riffSize).isEqualTo(clean.bytes().length - 8);
	}

	@Test
	void otherFilesAreRefusedWhateverTheyClaim() {
		assertThatThrownBy(() -> PhotoSanitizer.clean("GIF89a....".getBytes())).isInstanceOf(UnacceptableReport.class)
			.hasMessage("matter.photoType");
		assertThatThrownBy(() -> PhotoSanitizer.clean(new byte[PhotoSanitizer.MAX_BYTES + 1]))
			.hasMessage("matter.photoTooLarge");
		assertThatThrownBy(() -> PhotoSanitizer.clean(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 1 }))
			.hasMessage("matter.photoUnreadable");
	}

	private static byte[] chunk(String type, byte[] data) {
		ByteBuffer chunk = ByteBuffer.allocate(8 + data.length + (data.length & 1)).order(ByteOrder.LITTLE_ENDIAN);
		chunk.put(type.getBytes(StandardCharsets.US_ASCII)).putInt(data.length).put(data);
		return chunk.array();
	}

	private static byte[] riff(byte[]... chunks) {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		for (byte[] chunk : chunks) {
			body.writeBytes(chunk);
		}
		ByteBuffer riff = ByteBuffer.allocate(12 + body.size()).order(ByteOrder.LITTLE_ENDIAN);
		riff.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(4 + body.size()).put("WEBP".getBytes(StandardCharsets.US_ASCII))
			.put(body.toByteArray());
		return riff.array();
	}
}
