package org.mvtd.model.libvirt;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.mvtd.model.validate.SourceLocation;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Parses untrusted XML with the JDK's SAX parser locked down: any DOCTYPE is refused (that rules out
 * external entities, XXE, and entity-expansion bombs alike; libvirt never writes one), no external
 * DTD or schema is fetched, no XInclude. Elements remember their line and column for messages.
 */
final class SecureXml {
    private static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";

    private SecureXml() {
    }

    /** The root element of {@code text}; {@code file} names it in messages. */
    static XmlElement parse(String text, String file) throws LibvirtXmlException {
        SAXParser parser = newParser();
        TreeBuilder tree = new TreeBuilder(file);
        try {
            parser.parse(new InputSource(new StringReader(text)), tree);
        } catch (SAXParseException e) {
            throw new LibvirtXmlException(new SourceLocation(file, Math.max(e.getLineNumber(), 1),
                    Math.max(e.getColumnNumber(), 1)), explain(e));
        } catch (SAXException e) {
            throw new LibvirtXmlException(new SourceLocation(file, 1, 1), "not readable as XML: " + e.getMessage());
        } catch (IOException e) {
            // A StringReader does not fail; keep the compiler and any future source honest.
            throw new LibvirtXmlException(new SourceLocation(file, 1, 1), "could not be read: " + e.getMessage());
        }
        if (tree.root == null) {
            throw new LibvirtXmlException(new SourceLocation(file, 1, 1), "holds no XML element");
        }
        return tree.root;
    }

    private static SAXParser newParser() {
        try {
            SAXParserFactory f = SAXParserFactory.newInstance();
            f.setNamespaceAware(true);
            f.setValidating(false);
            f.setXIncludeAware(false);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature(DISALLOW_DOCTYPE, true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            SAXParser p = f.newSAXParser();
            p.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            p.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return p;
        } catch (ParserConfigurationException | SAXException e) {
            // The JDK's built-in parser knows all of these; failing here is a broken runtime.
            throw new IllegalStateException("the JDK's XML parser cannot be secured: " + e.getMessage(), e);
        }
    }

    private static String explain(SAXParseException e) {
        String m = String.valueOf(e.getMessage());
        if (m.contains("DOCTYPE") || m.contains(DISALLOW_DOCTYPE)) {
            return "refused: the file has a DOCTYPE declaration, which can define entities that read other"
                    + " files or expand without bound; libvirt never writes one, so remove it";
        }
        return "broken XML: " + m;
    }

    /** Builds {@link XmlElement}s bottom-up from SAX events. */
    private static final class TreeBuilder extends DefaultHandler {
        private final String file;
        private final Deque<Open> open = new ArrayDeque<>();
        private Locator locator;
        private XmlElement root;

        private record Open(String ns, String name, Map<String, String> attrs, List<XmlElement> kids, StringBuilder text,
                            SourceLocation at) {
        }

        TreeBuilder(String file) {
            this.file = file;
        }

        @Override
        public void setDocumentLocator(Locator l) {
            this.locator = l;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) {
            Map<String, String> attrs = new HashMap<>();
            for (int i = 0; i < atts.getLength(); i++) {
                if (atts.getURI(i).isEmpty()) {
                    attrs.put(atts.getLocalName(i), atts.getValue(i));
                }
            }
            SourceLocation at = locator == null ? new SourceLocation(file, 1, 1)
                    : new SourceLocation(file, locator.getLineNumber(), locator.getColumnNumber());
            open.push(new Open(uri == null ? "" : uri, localName, attrs, new ArrayList<>(), new StringBuilder(), at));
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            Open o = open.pop();
            XmlElement e = new XmlElement(o.ns, o.name, o.attrs, o.kids, o.text.toString(), o.at);
            if (open.isEmpty()) {
                root = e;
            } else {
                open.peek().kids.add(e);
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (!open.isEmpty()) {
                open.peek().text.append(ch, start, length);
            }
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    }
}
