package nl.reflexengine.validation;

import java.util.ArrayDeque;
import java.util.Deque;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;

/**
 * Passes SAX events on unchanged and remembers where in the document they are, so that a schema error
 * can name the field it is about (/Ziekmelding/Werknemer/Bsn) instead of a line number.
 */
final class ElementPathTracker implements ContentHandler {

    private final ContentHandler next;
    private final Deque<String> path = new ArrayDeque<>();
    /** Per open element, how often each child name was seen: the second Aangifteperiode is [2]. */
    private final Deque<java.util.Map<String, Integer>> siblings = new ArrayDeque<>();

    ElementPathTracker(ContentHandler next) {
        this.next = next;
    }

    String path() {
        StringBuilder result = new StringBuilder();
        path.descendingIterator().forEachRemaining(name -> result.append('/').append(name));
        return result.toString();
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        int position = siblings.isEmpty() ? 1 : siblings.peek().merge(localName, 1, Integer::sum);
        path.push(position == 1 ? localName : localName + "[" + position + "]");
        siblings.push(new java.util.HashMap<>());
        next.startElement(uri, localName, qName, atts);
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        next.endElement(uri, localName, qName);
        path.pop();
        siblings.pop();
    }

    @Override
    public void setDocumentLocator(Locator locator) {
        next.setDocumentLocator(locator);
    }

    @Override
    public void startDocument() throws SAXException {
        next.startDocument();
    }

    @Override
    public void endDocument() throws SAXException {
        next.endDocument();
    }

    @Override
    public void startPrefixMapping(String prefix, String uri) throws SAXException {
        next.startPrefixMapping(prefix, uri);
    }

    @Override
    public void endPrefixMapping(String prefix) throws SAXException {
        next.endPrefixMapping(prefix);
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        next.characters(ch, start, length);
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        next.ignorableWhitespace(ch, start, length);
    }

    @Override
    public void processingInstruction(String target, String data) throws SAXException {
        next.processingInstruction(target, data);
    }

    @Override
    public void skippedEntity(String name) throws SAXException {
        next.skippedEntity(name);
    }
}
