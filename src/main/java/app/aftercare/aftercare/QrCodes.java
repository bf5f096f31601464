package app.aftercare.aftercare;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * QR codes as PNG images in {@code data:} URIs, which the browser (the CSP allows
 * {@code img-src data:}) and the PDF renderer both show without another request.
 */
public final class QrCodes {

	/** Error correction M: about 15 % of the code may be lost. */
	static final ErrorCorrectionLevel ERROR_CORRECTION = ErrorCorrectionLevel.M;

	/** The quiet zone around the code, in modules. */
	static final int QUIET_ZONE = 4;

	/** Pixels per module: sharp when printed about 3 cm wide. */
	static final int MODULE_PIXELS = 8;

	private static final int BLACK = 0x000000;

	private static final int WHITE = 0xFFFFFF;

	private QrCodes() {
	}

	/**
	 * The text as a QR code, a {@code data:image/png;base64,...} URI.
	 */
	public static String pngDataUri(String text) {
		return "data:image/png;base64," + Base64.getEncoder().encodeToString(png(text));
	}

	/**
	 * The text as a QR code in PNG, black modules on white.
	 */
	public static byte[] png(String text) {
		BitMatrix matrix = matrix(text);
		int size = matrix.getWidth() * MODULE_PIXELS;
		BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_BINARY);
		for (int y = 0; y < size; y++) {
			for (int x = 0; x < size; x++) {
				image.setRGB(x, y, matrix.get(x / MODULE_PIXELS, y / MODULE_PIXELS) ? BLACK : WHITE);
			}
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static BitMatrix matrix(String text) {
		try {
			// Size 0 gives one pixel per module, quiet zone included.
			return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
					Map.of(EncodeHintType.ERROR_CORRECTION, ERROR_CORRECTION, EncodeHintType.MARGIN, QUIET_ZONE));
		}
		catch (WriterException ex) {
			throw new IllegalArgumentException("Text too long for a QR code", ex);
		}
	}

}
