package com.healthpress.seo.web;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes one namespaced XML document with the JDK's streaming writer, which escapes text and attribute values.
 * It does not drop characters that XML 1.0 cannot carry at all, even escaped (most control characters, lone
 * surrogates), so this class does, rather than let one pasted control character break a whole feed.
 */
final class XmlOut {

    /** What goes inside the root element. */
    interface Content {
        void write(XmlOut out) throws XMLStreamException;
    }

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private final XMLStreamWriter writer;

    private XmlOut(XMLStreamWriter writer) {
        this.writer = writer;
    }

    static String document(String namespace, String root, Content content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            XMLStreamWriter writer = FACTORY.createXMLStreamWriter(bytes, "UTF-8");
            writer.writeStartDocument("UTF-8", "1.0");
            writer.setDefaultNamespace(namespace);
            writer.writeStartElement(namespace, root);
            writer.writeDefaultNamespace(namespace);
            content.write(new XmlOut(writer));
            writer.writeEndElement();
            writer.writeEndDocument();
            writer.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write the " + root + " document", e);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    XmlOut start(String name) throws XMLStreamException {
        writer.writeStartElement(name);
        return this;
    }

    XmlOut attribute(String name, String value) throws XMLStreamException {
        writer.writeAttribute(name, xmlCharactersOnly(value));
        return this;
    }

    /** An element holding only text: {@code <name>text</name>}. */
    XmlOut element(String name, String text) throws XMLStreamException {
        writer.writeStartElement(name);
        writer.writeCharacters(xmlCharactersOnly(text));
        writer.writeEndElement();
        return this;
    }

    /** An element with attributes and no content: {@code <name a="1"/>}; pairs of name and value. */
    XmlOut empty(String name, String... attributes) throws XMLStreamException {
        writer.writeEmptyElement(name);
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            attribute(attributes[i], attributes[i + 1]);
        }
        return this;
    }

    XmlOut end() throws XMLStreamException {
        writer.writeEndElement();
        return this;
    }

    static String xmlCharactersOnly(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().filter(XmlOut::isXmlCharacter).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    private static boolean isXmlCharacter(int c) {
        return c == 0x9 || c == 0xA || c == 0xD
                || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
