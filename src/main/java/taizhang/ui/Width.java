package taizhang.ui;

import com.googlecode.lanterna.TerminalTextUtils;
import taizhang.domain.Text;

/**
 * Terminal columns taken by text, counted by code point. It agrees with Lanterna's own rule
 * (its screen buffer skips the second column of a wide character): CJK and other wide BMP
 * characters take two columns, and so does every character outside the BMP (𠮷).
 */
public final class Width {
    private Width() {
    }

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

    /** {@code s} cut or padded with spaces to exactly {@code columns}. */
    public static String pad(String s, int columns) {
        String f = fit(s, columns);
        return f + " ".repeat(columns - of(f));
    }

    /** {@code s} right-aligned in exactly {@code columns}. */
    public static String padLeft(String s, int columns) {
        String f = fit(s, columns);
        return " ".repeat(columns - of(f)) + f;
    }
}
