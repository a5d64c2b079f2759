package org.linju.funds;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jspecify.annotations.Nullable;

/**
 * A file as uploaded, with its type taken from its bytes (never from its name or the browser's word): PDF, JPEG, PNG,
 * or a Word document (a ZIP holding {@code word/document.xml}).
 */
public record UploadedFile(String name, byte[] bytes) {

    /** What a governing document or an attachment may be at most. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    public static final String PDF = "application/pdf";
    public static final String JPEG = "image/jpeg";
    public static final String PNG = "image/png";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /** The media type of the bytes, or null for anything else. */
    public @Nullable String sniffedType() {
        if (startsWith(0x25, 0x50, 0x44, 0x46, 0x2D)) {
            return PDF;
        }
        if (startsWith(0xFF, 0xD8, 0xFF)) {
            return JPEG;
        }
        if (startsWith(0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) {
            return PNG;
        }
        return startsWith(0x50, 0x4B, 0x03, 0x04) && holdsWordDocument() ? DOCX : null;
    }

    /** The type of an acceptable file, else refused: empty, too large, or not one of {@code allowed}. */
    String acceptedType(Set<String> allowed) {
        if (bytes.length == 0) {
            throw new FundsRefused("funds.file.empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw new FundsRefused("funds.file.tooLarge");
        }
        String type = sniffedType();
        if (type == null || !allowed.contains(type)) {
            throw new FundsRefused("funds.file.type");
        }
        return type;
    }

    /** The file name without any path a browser may send, at most 200 characters. */
    String cleanName() {
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).strip();
        return base.isEmpty() ? "file" : base.substring(0, Math.min(200, base.length()));
    }

    String sha256() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private boolean startsWith(int... magic) {
        if (bytes.length < magic.length) {
            return false;
        }
        byte[] head = new byte[magic.length];
        for (int i = 0; i < magic.length; i++) {
            head[i] = (byte) magic[i];
        }
        return Arrays.equals(Arrays.copyOf(bytes, magic.length), head);
    }

    private boolean holdsWordDocument() {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("word/document.xml")) {
                    return true;
                }
            }
            return false;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }
}
