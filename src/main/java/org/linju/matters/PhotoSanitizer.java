package org.linju.matters;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;

/**
 * Accepts JPEG, PNG and WebP photos, recognised by their bytes rather than the declared type, and removes every
 * piece of metadata (EXIF with its GPS position and camera serial, XMP, text chunks) before anything is stored.
 * JPEG and PNG are decoded and encoded again, which keeps pixels only; WebP keeps its image chunks and loses its
 * EXIF and XMP chunks.
 */
final class PhotoSanitizer {

	static final int MAX_BYTES = 5 * 1024 * 1024;
	/** Photos one report or one step may carry. */
	static final int MAX_PHOTOS = 6;

	/** A clean photo. */
	record Photo(String contentType, byte[] bytes) {
	}

	private PhotoSanitizer() {
	}

	/** Cleans the photos of one report or step: at most {@link #MAX_PHOTOS}, each as {@link #clean(byte[])}. */
	static java.util.List<Photo> cleanAll(java.util.List<byte[]> uploads) {
		if (uploads.size() > MAX_PHOTOS) {
			throw new UnacceptableReport("photos", "matter.tooManyPhotos");
		}
		return uploads.stream().map(PhotoSanitizer::clean).toList();
	}

	static Photo clean(byte[] upload) {
		if (upload.length == 0 || upload.length > MAX_BYTES) {
			throw new UnacceptableReport("photos", "matter.photoTooLarge");
		}
		if (startsWith(upload, (byte) 0xFF, (byte) 0xD8, (byte) 0xFF)) {
			return new Photo("image/jpeg", reencode(upload, "jpg"));
		}
		if (startsWith(upload, (byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G')) {
			return new Photo("image/png", reencode(upload, "png"));
		}
		if (upload.length > 12 && ascii(upload, 0, 4).equals("RIFF") && ascii(upload, 8, 4).equals("WEBP")) {
			return new Photo("image/webp", stripWebp(upload));
		}
		throw new UnacceptableReport("photos", "matter.photoType");
	}

	private static byte[] reencode(byte[] upload, String format) {
		try {
			BufferedImage image = ImageIO.read(new ByteArrayInputStream(upload));
			if (image == null) {
				throw new UnacceptableReport("photos", "matter.photoUnreadable");
			}
			if ("jpg".equals(format) && image.getColorModel().hasAlpha()) {
				BufferedImage opaque = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
				opaque.getGraphics().drawImage(image, 0, 0, null);
				image = opaque;
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ImageIO.write(image, format, out);
			return out.toByteArray();
		}
		catch (IOException | RuntimeException e) {
			if (e instanceof UnacceptableReport report) {
				throw report;
			}
			throw new UnacceptableReport("photos", "matter.photoUnreadable");
		}
	}

	/** Copies the RIFF chunks except EXIF and XMP, clears their flags in VP8X, and fixes the RIFF size. */
	static byte[] stripWebp(byte[] upload) {
		ByteArrayOutputStream chunks = new ByteArrayOutputStream();
		int offset = 12;
		while (offset + 8 <= upload.length) {
			String type = ascii(upload, offset, 4);
			int size = ByteBuffer.wrap(upload, offset + 4, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
			int padded = size + (size & 1);
			if (size < 0 || offset + 8 + padded > upload.length) {
				throw new UnacceptableReport("photos", "matter.photoUnreadable");
			}
			if (!type.equals("EXIF") && !type.equals("XMP ")) {
				byte[] chunk = java.util.Arrays.copyOfRange(upload, offset, offset + 8 + padded);
				if (type.equals("VP8X") && size >= 1) {
					chunk[8] &= (byte) ~0x0C;
				}
				chunks.writeBytes(chunk);
			}
			offset += 8 + padded;
		}
		byte[] body = chunks.toByteArray();
		ByteBuffer out = ByteBuffer.allocate(12 + body.length).order(ByteOrder.LITTLE_ENDIAN);
		out.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(4 + body.length)
			.put("WEBP".getBytes(StandardCharsets.US_ASCII)).put(body);
		return out.array();
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

	private static String ascii(byte[] bytes, int offset, int length) {
		return new String(bytes, offset, length, StandardCharsets.US_ASCII);
	}
}
