package taizhang.io;

import com.googlecode.lanterna.TerminalTextUtils;
import java.util.ArrayList;
import java.util.List;
import taizhang.domain.Text;

/**
 * Terminal columns taken by text, counted by code point, for the screens and the text report
 * alike. It agrees with Lanterna's own rule (its screen buffer skips the second column of a wide
 * character): CJK and other wide BMP characters take two columns, and so does every character
 * outside the BMP (𠮷).
 */
public final class Width {
    private Width() {
    }

    /** Chinese punctuation a line may not start with (it closes what comes before it). */
    private static final String CLOSING = "，。、；：！？）」』】》,.;:!?)]}%‰";
    /** Chinese punctuation a line may not end with (it opens what comes after it). */
    private static final String OPENING = "（「『【《([{";

    public static int of(int codePoint) {
        String escape = Text.escape(codePoint);
        if (escape != null) {
            return escape.length(); // drawn as its visible escape (Canvas.text)
        }
        if (codePoint > 0xFFFF) {
            return 2;
        }
        return TerminalTextUtils.isCharDoubleWidth((char) codePoint) ? 2 : 1;
    }

    public static int of(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            w += of(cp);
            i += Character.charCount(cp);
        }
        return w;
    }

    /** The longest start of {@code s} that fits in {@code columns}, never splitting a code point. */
    public static String fit(String s, int columns) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int cw = of(cp);
            if (w + cw > columns) {
                return s.substring(0, i);
            }
            w += cw;
            i += Character.charCount(cp);
        }
        return s;
    }

    /** What ends a value cut to its column: one column wide, so that a reader sees it was cut. */
    public static final String CUT = "\u2026";

    /**
     * {@code s} in at most {@code columns}: whole when it fits (trailing spaces aside), else as
     * much of its start as leaves a column for {@link #CUT} after it.
     */
    public static String cut(String s, int columns) {
        if (of(s) <= columns) {
            return s;
        }
        if (of(s.stripTrailing()) <= columns) {
            return fit(s, columns);
        }
        return columns <= 0 ? "" : fit(s, columns - 1) + CUT;
    }

    /** {@code s} cut (marked, {@link #cut}) or padded with spaces to exactly {@code columns}. */
    public static String pad(String s, int columns) {
        String f = cut(s, columns);
        return f + " ".repeat(Math.max(0, columns - of(f)));
    }

    /** {@code s} right-aligned in exactly {@code columns}, cut as {@link #cut} cuts it. */
    public static String padLeft(String s, int columns) {
        String f = cut(s, columns);
        return " ".repeat(Math.max(0, columns - of(f))) + f;
    }

    /** The parts, two spaces apart, in order, leaving out each that would not fit in {@code columns}. */
    public static String join(List<String> parts, int columns) {
        StringBuilder s = new StringBuilder();
        for (String part : parts) {
            if (of(s + "  " + part) <= columns) {
                s.append(s.length() == 0 ? "" : "  ").append(part);
            }
        }
        return s.toString();
    }

    /**
     * Whether a line may break between the code points {@code before} and {@code after}: at a
     * space, and between Chinese characters (as Chinese text wraps), but never inside a Latin
     * word or number, before closing punctuation or after opening punctuation.
     */
    public static boolean breakable(int before, int after) {
        if (Character.isWhitespace(before) || Character.isWhitespace(after)) {
            return true;
        }
        if (CLOSING.indexOf(after) >= 0 || OPENING.indexOf(before) >= 0) {
            return false;
        }
        return of(before) == 2 || of(after) == 2;
    }

    /**
     * {@code s} in lines of at most {@code columns}, broken where {@link #breakable} allows (the
     * spaces at a break dropped); a word longer than a line is broken where it must be.
     */
    public static List<String> wrap(String s, int columns) {
        List<String> lines = new ArrayList<>();
        String rest = s.strip();
        while (!rest.isEmpty()) {
            if (of(rest) <= columns) {
                lines.add(rest);
                break;
            }
            String head = fit(rest, Math.max(1, columns));
            int cut = lastBreak(rest, head.length());
            if (cut <= 0) {
                cut = head.isEmpty() ? Character.charCount(rest.codePointAt(0)) : head.length();
            }
            lines.add(rest.substring(0, cut).stripTrailing());
            rest = rest.substring(cut).stripLeading();
        }
        return lines;
    }

    /**
     * The longest start of {@code s} that fits in {@code columns} and ends between words (see
     * {@link #cutBetweenWords}), so that what is shown never stops inside a word; "" when none does.
     */
    public static String fitWords(String s, int columns) {
        if (of(s) <= columns) {
            return s;
        }
        String head = fit(s, columns);
        for (int i = head.length(); i > 0; i = s.offsetByCodePoints(i, -1)) {
            if (cutBetweenWords(s, i)) {
                return s.substring(0, i).stripTrailing();
            }
        }
        return "";
    }

    /** The last index at or before {@code end} where {@code s} may break (0 when none). */
    private static int lastBreak(String s, int end) {
        for (int i = end; i > 0; i = s.offsetByCodePoints(i, -1)) {
            if (i == s.length() || breakable(s.codePointBefore(i), s.codePointAt(i))) {
                return i;
            }
        }
        return 0;
    }

    /**
     * Whether a text cut after its first {@code shown} chars loses only whole words: the cut is
     * at a space or after a clause's punctuation. (Chinese may wrap between any two characters,
     * but text cut off there loses half a word: 留空取消筛.)
     */
    public static boolean cutBetweenWords(String s, int shown) {
        if (shown >= s.length() || s.substring(shown).isBlank()) {
            return true;
        }
        if (shown == 0) {
            return false;
        }
        int before = s.codePointBefore(shown);
        return Character.isWhitespace(before) || Character.isWhitespace(s.codePointAt(shown))
                || "，。、；：！？）".indexOf(before) >= 0;
    }
}
