package app.aftercare.aftercare;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Base64;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QrCodesTest {

	private static final String LINK = "https://aftercare.example/p/Zm9vYmFyLWJhei1xdXV4LTEyMzQ1Njc4OTAtYWJjZGVmZ2g";

	@Test
	void theDataUriHoldsAPngThatReadsBackAsExactlyTheText() throws Exception {
		String uri = QrCodes.pngDataUri(LINK);

		assertThat(uri).startsWith("data:image/png;base64,");
		BufferedImage image = ImageIO
			.read(new ByteArrayInputStream(Base64.getDecoder().decode(uri.substring(uri.indexOf(',') + 1))));
		assertThat(Pdfs.decodeQr(image)).isEqualTo(LINK);
	}

	@Test
	void theCodeHasAWhiteQuietZoneOfFourModulesAndSquareModulesOfEightPixels() throws Exception {
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(QrCodes.png(LINK)));

		assertThat(image.getWidth()).isEqualTo(image.getHeight());
		assertThat(image.getWidth() % QrCodes.MODULE_PIXELS).isZero();
		int quietZone = QrCodes.QUIET_ZONE * QrCodes.MODULE_PIXELS;
		for (int i = 0; i < image.getWidth(); i++) {
			for (int edge = 0; edge < quietZone; edge++) {
				assertThat(image.getRGB(i, edge) & 0xFFFFFF).isEqualTo(0xFFFFFF);
				assertThat(image.getRGB(edge, i) & 0xFFFFFF).isEqualTo(0xFFFFFF);
			}
		}
		// The top-left finder pattern starts right after the quiet zone.
		assertThat(image.getRGB(quietZone, quietZone) & 0xFFFFFF).isZero();
	}

}
