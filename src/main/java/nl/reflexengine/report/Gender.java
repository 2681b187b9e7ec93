package nl.reflexengine.report;

public enum Gender {
    MALE,
    FEMALE,
    OTHER
}
