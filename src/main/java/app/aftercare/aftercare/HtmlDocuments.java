package app.aftercare.aftercare;

import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.attoparser.ParseException;
import org.attoparser.config.ParseConfiguration;
import org.attoparser.dom.CDATASection;
import org.attoparser.dom.DOMMarkupParser;
import org.attoparser.dom.Element;
import org.attoparser.dom.INestableNode;
import org.attoparser.dom.INode;
import org.attoparser.dom.Text;
import org.unbescape.html.HtmlEscape;
import org.w3c.dom.Document;
import org.w3c.dom.Node;

/**
 * Reads HTML5 as Thymeleaf writes it (void elements left open, attributes without a
 * value) into a W3C DOM, which is what the PDF renderer takes: its own parser wants
 * well-formed XML. Uses the HTML parser Thymeleaf itself is built on.
 */
public final class HtmlDocuments {

	static final String XHTML = "http://www.w3.org/1999/xhtml";

	private HtmlDocuments() {
	}

	public static Document parse(String html) {
		org.attoparser.dom.Document parsed;
		try {
			parsed = new DOMMarkupParser(ParseConfiguration.htmlConfiguration()).parse(html);
		}
		catch (ParseException ex) {
			throw new IllegalArgumentException("Not HTML the PDF renderer can read", ex);
		}
		Document document = newDocument();
		copyChildren(parsed, document, document);
		return document;
	}

	private static void copyChildren(INestableNode from, Node to, Document document) {
		for (INode child : from.getChildren()) {
			if (child instanceof Element element) {
				org.w3c.dom.Element copy = document.createElementNS(XHTML, element.getElementName());
				for (Map.Entry<String, String> attribute : element.getAttributeMap().entrySet()) {
					String value = attribute.getValue();
					copy.setAttribute(attribute.getKey(), (value != null) ? HtmlEscape.unescapeHtml(value) : "");
				}
				to.appendChild(copy);
				copyChildren(element, copy, document);
			}
			else if (child instanceof Text text && to != document) {
				String content = text.getContent();
				to.appendChild(document.createTextNode(isRawText(to) ? content : HtmlEscape.unescapeHtml(content)));
			}
			else if (child instanceof CDATASection cdata && to != document) {
				to.appendChild(document.createTextNode(cdata.getContent()));
			}
			// Comments, the doctype and processing instructions carry nothing to render.
		}
	}

	private static boolean isRawText(Node node) {
		String name = node.getLocalName();
		return "style".equals(name) || "script".equals(name);
	}

	private static Document newDocument() {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			return factory.newDocumentBuilder().newDocument();
		}
		catch (ParserConfigurationException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
