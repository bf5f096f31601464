package app.aftercare.aftercare;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.ChecksumException;
import com.google.zxing.FormatException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Reads back what a generated PDF holds: pages, text, images, and where its text ends.
 */
final class Pdfs {

	private Pdfs() {
	}

	static int pages(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return document.getNumberOfPages();
		}
	}

	static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

	/**
	 * The images drawn on the first page.
	 */
	static List<BufferedImage> images(byte[] pdf) throws IOException {
		List<BufferedImage> images = new ArrayList<>();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDResources resources = document.getPage(0).getResources();
			for (COSName name : resources.getXObjectNames()) {
				PDXObject object = resources.getXObject(name);
				if (object instanceof PDImageXObject image) {
					images.add(image.getImage());
				}
			}
		}
		return images;
	}

	/**
	 * How far from the top of the first page its lowest line of text sits, in
	 * millimetres.
	 */
	static double lowestTextMillimetres(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			double[] lowest = { 0 };
			PDFTextStripper stripper = new PDFTextStripper() {

				@Override
				protected void writeString(String text, List<TextPosition> positions) {
					for (TextPosition position : positions) {
						lowest[0] = Math.max(lowest[0], position.getYDirAdj());
					}
				}

			};
			stripper.setStartPage(1);
			stripper.setEndPage(1);
			stripper.writeText(document, new StringWriter());
			return lowest[0] * 25.4 / 72;
		}
	}

	/**
	 * The text of the QR code in the image.
	 */
	static String decodeQr(BufferedImage image) throws NotFoundException, ChecksumException, FormatException {
		BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
		return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE)).getText();
	}

}
