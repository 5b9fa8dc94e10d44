package taizhang.domain;

import java.text.Normalizer;

/** Rules for free text: NFC, trimmed, no control characters, counted by code point. */
public final class Text {
    private Text() {
    }

    /** Thrown with a message fit to show the clerk. */
    public static final class Invalid extends Exception {
        public Invalid(String message) {
            super(message);
        }
    }

    /** NFC-normalised and trimmed text; control characters and broken surrogates are refused, not stripped. */
    public static String clean(String raw) throws Invalid {
        return clean(raw, false);
    }

    /**
     * As {@link #clean(String)}, but a free-text note may hold line breaks and tabs (a cell
     * written in Excel with Alt+Enter); every other control character, ESC above all, is refused.
     */
    public static String clean(String raw, boolean lineBreaksAllowed) throws Invalid {
        String s = raw;
        if (isPlain(s)) {
            return s.strip();
        }
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            boolean lineBreak = cp == '\n' || cp == '\r' || cp == '\t';
            if (Character.getType(cp) == Character.CONTROL && !(lineBreaksAllowed && lineBreak)) {
                throw new Invalid(String.format("contains the control character U+%04X", cp));
            }
            if (Character.getType(cp) == Character.SURROGATE) {
                throw new Invalid(String.format("contains a broken character (lone surrogate U+%04X)", cp));
            }
            i += Character.charCount(cp);
        }
        if (!Normalizer.isNormalized(s, Normalizer.Form.NFC)) {
            s = Normalizer.normalize(s, Normalizer.Form.NFC);
        }
        return s.strip();
    }

    /**
     * Printable ASCII and CJK ideographs are already NFC and hold no control character:
     * most cells of a register are nothing else, and skip the slower checks.
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
        if (length(s) <= max) {
            return s;
        }
        return s.substring(0, s.offsetByCodePoints(0, max));
    }

    /** The value as it may be shown safely in a message: control characters written as escapes. */
    public static String printable(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (Character.getType(cp) == Character.CONTROL || Character.getType(cp) == Character.SURROGATE) {
                b.append(String.format("\\u%04X", cp));
            } else {
                b.appendCodePoint(cp);
            }
        });
        return b.toString();
    }
}
