package app.aftercare.aftercare;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlDocumentsTest {

	@Test
	void htmlThatIsNotXmlBecomesADomTheXmlWorldCanRead() {
		Document document = HtmlDocuments.parse("""
				<!DOCTYPE html>
				<html lang="es"><head><meta charset="utf-8"><title>Hoja</title>
				<style>p > b { color: red }</style></head>
				<body><aside data-safety-net>Pecho<br>48&nbsp;h &amp; m&aacute;s</aside>
				<img src="data:image/png;base64,AAAA" alt="Código &quot;QR&quot;"><!-- note --></body></html>
				""");

		Element aside = (Element) document.getElementsByTagName("aside").item(0);
		assertThat(aside.getNamespaceURI()).isEqualTo("http://www.w3.org/1999/xhtml");
		assertThat(aside.hasAttribute("data-safety-net")).isTrue();
		assertThat(aside.getTextContent()).isEqualTo("Pecho48\u00a0h & más");
		assertThat(document.getElementsByTagName("br").getLength()).isOne();
		Element img = (Element) document.getElementsByTagName("img").item(0);
		assertThat(img.getAttribute("alt")).isEqualTo("Código \"QR\"");
		assertThat(document.getElementsByTagName("style").item(0).getTextContent()).isEqualTo("p > b { color: red }");
		assertThat(document.getDocumentElement().getAttribute("lang")).isEqualTo("es");
	}

	@Test
	void entitiesInTextAreDecodedAndTheMarkupIsGone() {
		assertThat(HtmlText.of("<html><head><title>T</title></head><body>\n<h1>Hola</h1>\n"
				+ "<p>&lt;img src=x&gt;   y\n\tmás</p></body></html>"))
			.isEqualTo("Hola <img src=x> y más");
	}

}
