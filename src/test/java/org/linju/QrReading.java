package org.linju;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.ChecksumException;
import com.google.zxing.DecodeHintType;
import com.google.zxing.FormatException;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Reads the text of a QR code PNG the application made, as a phone would: told it is a pure, generated code, so the
 * reader does not hunt for finder patterns (which, without the hint, misses a few codes of random addresses).
 */
public final class QrReading {

    private QrReading() {}

    public static String text(byte[] png) throws IOException {
        try {
            return new QRCodeReader()
                    .decode(
                            new BinaryBitmap(new HybridBinarizer(
                                    new BufferedImageLuminanceSource(ImageIO.read(new ByteArrayInputStream(png))))),
                            Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE, DecodeHintType.TRY_HARDER, Boolean.TRUE))
                    .getText();
        } catch (NotFoundException | ChecksumException | FormatException e) {
            throw new AssertionError("the PNG holds no readable QR code", e);
        }
    }
}
