package taizhang.domain;

import java.util.List;

/**
 * One column of a register: its canonical English key, the Chinese header accepted as an
 * alias and written by {@code --headers zh}, what it holds, and whether it is required.
 */
public record Field(String key, String zh, FieldType type, boolean required, List<Choice> choices) {

    public static Field of(String key, String zh, FieldType type, boolean required) {
        return new Field(key, zh, type, required, List.of());
    }

    public static Field choice(String key, String zh, List<Choice> choices, boolean required) {
        return new Field(key, zh, FieldType.CHOICE, required, choices);
    }

    /**
     * The field of {@code fields} a header names, by English key (any case) or Chinese alias;
     * null if none. The one rule for every list's header, CSV or XLSX (README, "Decisions where
     * the SPEC is silent"): spaces anywhere in it are no part of the name (full-width, no-break,
     * a line break typed with Alt-Enter), and so is one required mark of a county's template:
     * an asterisk before or after the name, or a note (必填) or (选填) after it, in full-width or
     * ASCII brackets. Any other difference, a typo or another note, is not the column.
     */
    public static Field forHeader(List<Field> fields, String header) {
        return named(fields, withoutMark(withoutSpaces(header)));
    }

    /**
     * The field a header would name but for a note in brackets after it that is not a required
     * mark ((万元), (农历): a note that may change what the column holds); null if none.
     */
    public static Field beforeNote(List<Field> fields, String header) {
        String h = withoutSpaces(header);
        int open = Math.max(h.lastIndexOf('（'), h.lastIndexOf('('));
        boolean closed = h.endsWith("）") || h.endsWith(")");
        return open > 0 && closed && forHeader(fields, h) == null ? named(fields, h.substring(0, open)) : null;
    }

    private static Field named(List<Field> fields, String h) {
        for (Field f : fields) {
            if (f.key().equalsIgnoreCase(h) || f.zh().equals(h)) {
                return f;
            }
        }
        return null;
    }

    private static String withoutSpaces(String header) {
        StringBuilder b = new StringBuilder(header.length());
        header.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
                .forEach(b::appendCodePoint);
        return b.toString();
    }

    /** The notes a county's template writes after a name to say whether it must be filled in. */
    private static final List<String> REQUIRED_MARKS = List.of("（必填）", "(必填)", "（选填）", "(选填)");

    private static String withoutMark(String h) {
        if (h.length() > 1 && (h.charAt(0) == '*' || h.charAt(0) == '＊')) {
            return h.substring(1);
        }
        if (h.length() > 1 && (h.endsWith("*") || h.endsWith("＊"))) {
            return h.substring(0, h.length() - 1);
        }
        for (String mark : REQUIRED_MARKS) {
            if (h.length() > mark.length() && h.endsWith(mark)) {
                return h.substring(0, h.length() - mark.length());
            }
        }
        return h;
    }

    /** The same field, not required (a column one file must have and another may leave empty). */
    public Field optional() {
        return new Field(key, zh, type, false, choices);
    }

    /** The database column: money is stored as fen and says so. */
    public String column() {
        return type == FieldType.MONEY ? key + "_fen" : key;
    }

    /** The field's column as a file of this language heads it: the English key, or its Chinese alias (SPEC 3). */
    public String header(Language language) {
        return language == Language.ZH ? zh : key;
    }

    /** English label for screens: the key with spaces. */
    public String en() {
        return key.replace('_', ' ');
    }

    public String label(Language language) {
        return language == Language.ZH ? zh : en();
    }
}
