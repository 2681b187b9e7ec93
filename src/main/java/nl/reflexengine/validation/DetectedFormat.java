package nl.reflexengine.validation;

/** What a first look at a message found: the wire format, and the root element naming the kind of message. */
public record DetectedFormat(MessageFormat format, String rootElement) {}
