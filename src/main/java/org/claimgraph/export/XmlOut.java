package org.claimgraph.export;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A StAX {@link XMLStreamWriter} with the layout of our XML exports: UTF-8, {@code \n} line ends,
 * two spaces of indentation per level, one element per line. Escaping is the writer's; text and
 * attribute values lose the characters XML 1.0 cannot carry (control characters other than tab,
 * line feed and carriage return, U+FFFE, U+FFFF), so any string makes a well-formed document.
 */
final class XmlOut {
    private final XMLStreamWriter w;

    private XmlOut(XMLStreamWriter w) {
        this.w = w;
    }

    /** Writes the XML declaration and a line break. */
    static XmlOut start(OutputStream out) throws XMLStreamException {
        XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
        w.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
        w.writeCharacters("\n");
        return new XmlOut(w);
    }

    XMLStreamWriter writer() {
        return w;
    }

    /** {@code <name a="v" …>} on its own line at {@code depth}. */
    void open(int depth, String name, String... attributes) throws XMLStreamException {
        w.writeCharacters("\n" + "  ".repeat(depth));
        w.writeStartElement(name);
        attributes(attributes);
    }

    /** {@code <name a="v" …/>} on its own line at {@code depth}. */
    void empty(int depth, String name, String... attributes) throws XMLStreamException {
        w.writeCharacters("\n" + "  ".repeat(depth));
        w.writeEmptyElement(name);
        attributes(attributes);
    }

    /** {@code <prefix:name a="v" …/>} in namespace {@code ns} (declared on an ancestor). */
    void emptyNs(int depth, String ns, String prefix, String name, String... attributes) throws XMLStreamException {
        w.writeCharacters("\n" + "  ".repeat(depth));
        w.writeEmptyElement(prefix, name, ns);
        attributes(attributes);
    }

    /** {@code <name>text</name>} on its own line. */
    void text(int depth, String name, String text) throws XMLStreamException {
        w.writeCharacters("\n" + "  ".repeat(depth));
        w.writeStartElement(name);
        w.writeCharacters(legal(text));
        w.writeEndElement();
    }

    /** Closes the innermost open element on its own line at {@code depth}. */
    void close(int depth) throws XMLStreamException {
        w.writeCharacters("\n" + "  ".repeat(depth));
        w.writeEndElement();
    }

    /** Ends the document with a line break and flushes. */
    void end() throws XMLStreamException {
        w.writeCharacters("\n");
        w.writeEndDocument();
        w.flush();
    }

    private void attributes(String[] nameValues) throws XMLStreamException {
        for (int i = 0; i < nameValues.length; i += 2) w.writeAttribute(nameValues[i], legal(nameValues[i + 1]));
    }

    /** {@code s} without the characters XML 1.0 cannot carry. */
    static String legal(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = c >= 0x20 ? c != 0xFFFE && c != 0xFFFF : c == '\t' || c == '\n' || c == '\r';
            if (!ok && sb == null) sb = new StringBuilder(s.substring(0, i));
            else if (ok && sb != null) sb.append(c);
        }
        return sb == null ? s : sb.toString();
    }
}
