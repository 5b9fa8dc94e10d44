package taizhang.domain;

import java.text.Normalizer;

/** Rules for free text: NFC, trimmed, no control characters, counted by code point; and how any text is shown. */
public final class Text {
    private Text() {
    }

    /** A value in a message is cut to this many characters (SPEC 4). */
    public static final int SHOWN_IN_MESSAGE = 80;

    /** NFC-normalised and trimmed text; control characters and broken surrogates are refused, not stripped. */
    public static String clean(String raw) throws Invalid {
        return clean(raw, false);
    }

    /**
     * As {@link #clean(String)}, but a free-text note may hold line breaks and tabs (a cell
     * written in Excel with Alt+Enter); every other control character, ESC above all, is refused,
     * and so is an invisible formatting character (a byte-order mark in the middle of a line, a
     * zero-width space, a right-to-left override), which would make two equal-looking names differ.
     */
    public static String clean(String raw, boolean lineBreaksAllowed) throws Invalid {
        String s = raw;
        if (isPlain(s)) {
            // Of plain characters only the space is white: a cell with none around it is as it is.
            boolean spaced = !s.isEmpty() && (s.charAt(0) == ' ' || s.charAt(s.length() - 1) == ' ');
            return spaced ? s.strip() : s;
        }
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            boolean lineBreak = cp == '\n' || cp == '\r' || cp == '\t';
            int type = Character.getType(cp);
            if ((type == Character.CONTROL || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR) && !(lineBreaksAllowed && lineBreak)) {
                throw new Invalid(Problem.Code.CONTROL_CHARACTER, codePoint(cp));
            }
            if (type == Character.SURROGATE) {
                throw new Invalid(Problem.Code.BROKEN_CHARACTER, codePoint(cp));
            }
            if (type == Character.FORMAT) {
                throw new Invalid(Problem.Code.INVISIBLE_CHARACTER, codePoint(cp));
            }
            i += Character.charCount(cp);
        }
        if (!Normalizer.isNormalized(s, Normalizer.Form.NFC)) {
            s = Normalizer.normalize(s, Normalizer.Form.NFC);
        }
        return s.strip();
    }

    /** {@code U+001B}: how a character is named in a message. */
    public static String codePoint(int cp) {
        return String.format("U+%04X", cp);
    }

    /**
     * Printable ASCII and CJK ideographs are already NFC, hold no control character and are
     * shown as they are: most cells of a register are nothing else, and skip the slower checks.
     */
    private static boolean isPlain(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= 0x20 && c < 0x7F || c >= 0x4E00 && c <= 0x9FFF)) {
                return false;
            }
        }
        return true;
    }

    public static int length(String s) {
        return s.codePointCount(0, s.length());
    }

    /** At most {@code max} code points, never splitting a surrogate pair. */
    public static String truncate(String s, int max) {
        return s.substring(0, s.offsetByCodePoints(0, Math.min(max, length(s))));
    }

    /**
     * The one way any text from a file, the database or a clerk is shown, in a message, a table
     * or a form: whatever a terminal would act on instead of printing becomes a visible escape.
     * A control character below U+0100 is {@code \x1b}; a broken surrogate, a line or paragraph
     * separator, or an invisible formatting character (bidi overrides, byte-order mark) is
     * {@code \u202e}. A backslash stays as it is: the escape is for the eye, not for reading back.
     */
    public static String visible(String s) {
        if (s == null) {
            return "";
        }
        if (isPlain(s)) {
            return s;
        }
        StringBuilder b = null;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int n = Character.charCount(cp);
            String escape = escape(cp);
            if (escape != null) {
                if (b == null) {
                    b = new StringBuilder(s.length() + 8).append(s, 0, i);
                }
                b.append(escape);
            } else if (b != null) {
                b.appendCodePoint(cp);
            }
            i += n;
        }
        return b == null ? s : b.toString();
    }

    /** How {@link #visible} shows one character: its escape, or null when it is shown as itself. */
    public static String escape(int cp) {
        if (!acted(cp)) {
            return null;
        }
        return cp < 0x100 ? String.format("\\x%02x", cp) : String.format("\\u%04x", cp);
    }

    /** A value as a message quotes it: visible, and cut with {@code …} past {@link #SHOWN_IN_MESSAGE} characters. */
    public static String quoted(String s) {
        String v = s == null ? "" : s;
        if (length(v) > SHOWN_IN_MESSAGE) {
            v = truncate(v, SHOWN_IN_MESSAGE) + "…";
        }
        return visible(v);
    }

    /** Characters a terminal acts on, or that hide what a value really holds. */
    private static boolean acted(int cp) {
        int type = Character.getType(cp);
        return type == Character.CONTROL || type == Character.SURROGATE || type == Character.FORMAT
                || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                || type == Character.UNASSIGNED && cp >= 0xFFF0;
    }
}
