package app.aftercare.aftercare;

import org.w3c.dom.Node;

/**
 * The text of an HTML page as a reader sees it.
 */
final class HtmlText {

	private HtmlText() {
	}

	/**
	 * The body's text: no markup, entities decoded, every run of white space one space.
	 */
	static String of(String html) {
		Node body = HtmlDocuments.parse(html).getElementsByTagName("body").item(0);
		return (body != null) ? body.getTextContent().replaceAll("\\s+", " ").strip() : "";
	}

}
