package taizhang.domain;

/** What a register field holds, which decides how it is read, checked, stored and written. */
public enum FieldType {
    /** Free text, NFC, no control characters. */
    TEXT,
    /** A person's name: text of at most {@link Validation#MAX_NAME} code points. */
    NAME,
    ID_NUMBER,
    DATE,
    MONTH,
    /** Yuan with up to 2 decimals, held as integer fen. */
    MONEY,
    /** A whole number, 0 or more. */
    COUNT,
    /** One code of the field's choice list, or its Chinese label. */
    CHOICE,
    /** The code of an existing village. */
    VILLAGE,
    /** A statistical area code of 6, 9 or 12 digits (areas register). */
    AREA_CODE,
    /** The code of an existing benefit scheme. */
    SCHEME,
    /** A short code of letters, digits and underscores (schemes register). */
    CODE,
    PHONE
}
