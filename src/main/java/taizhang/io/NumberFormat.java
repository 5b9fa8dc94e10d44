package taizhang.io;

import java.util.Set;

/**
 * What a cell's number format does to its number, as far as reading a register needs: a date
 * (and whether it shows the day), a fixed count of decimals (the formats {@code 0}, {@code 0.00},
 * {@code #,##0.00}, {@code 000000}, a currency sign or a unit around them), or General. Any other
 * format (percent, fraction, scientific, text) is read as General.
 */
record NumberFormat(Kind kind, int decimals, int minDecimals, int minIntegers) {
    enum Kind { GENERAL, DATE, MONTH, FIXED }

    static final NumberFormat GENERAL = new NumberFormat(Kind.GENERAL, 0, 0, 0);

    /** Built-in dates that show a year and a month and no day: mmm-yy, and zh-CN's yyyy"年"m"月". */
    private static final Set<Integer> BUILT_IN_MONTHS = Set.of(17, 27, 36, 50, 52, 57);

    /** The built-in number formats Excel writes by id alone (en-US spelling; a currency sign is decoration). */
    private static String builtIn(int id) {
        return switch (id) {
            case 1 -> "0";
            case 2 -> "0.00";
            case 3, 5, 6, 37, 38, 41, 42 -> "#,##0";
            case 4, 7, 8, 39, 40, 43, 44 -> "#,##0.00";
            default -> null;
        };
    }

    /** The format of {@code <numFmt numFmtId=id formatCode=code>} ({@code code} null for a built-in). */
    static NumberFormat of(int id, String code) {
        if (id >= 14 && id <= 22 || id >= 27 && id <= 36 || id >= 50 && id <= 58) {
            return BUILT_IN_MONTHS.contains(id) ? new NumberFormat(Kind.MONTH, 0, 0, 0)
                    : new NumberFormat(Kind.DATE, 0, 0, 0);
        }
        String c = code != null ? code : builtIn(id);
        if (c == null) {
            return GENERAL;
        }
        String bare = bare(c);
        if (bare.indexOf('y') >= 0 || bare.indexOf('d') >= 0) {
            boolean month = bare.indexOf('d') < 0 && bare.indexOf('m') >= 0;
            return new NumberFormat(month ? Kind.MONTH : Kind.DATE, 0, 0, 0);
        }
        return fixed(bare);
    }

    /** Whether the format shows a number as a date. */
    boolean date() {
        return kind == Kind.DATE || kind == Kind.MONTH;
    }

    /**
     * The first section of a format (for positive numbers), lower case, without its quoted text,
     * escaped characters, bracketed parts ({@code [Red]}, {@code [$-804]}) and the word General.
     */
    private static String bare(String code) {
        StringBuilder bare = new StringBuilder();
        boolean quoted = false;
        boolean bracket = false;
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (quoted) {
                continue;
            } else if (c == '\\' || c == '_' || c == '*') {
                i++;
            } else if (c == '[') {
                bracket = true;
            } else if (c == ']') {
                bracket = false;
            } else if (c == ';' && !bracket) {
                break;
            } else if (!bracket) {
                bare.append(Character.toLowerCase(c));
            }
        }
        return bare.toString().replace("general", "");
    }

    /** Digit placeholders {@code 0 # ?} around an optional point; General when there are none or the format scales. */
    private static NumberFormat fixed(String bare) {
        if (bare.indexOf('%') >= 0 || bare.indexOf('/') >= 0 || bare.indexOf('e') >= 0 || bare.indexOf('@') >= 0) {
            return GENERAL;
        }
        int point = bare.indexOf('.');
        String integer = point < 0 ? bare : bare.substring(0, point);
        String fraction = point < 0 ? "" : bare.substring(point + 1);
        int placeholders = count(integer, "0#?") + count(fraction, "0#?");
        if (placeholders == 0) {
            return GENERAL;
        }
        return new NumberFormat(Kind.FIXED, count(fraction, "0#?"), count(fraction, "0"), count(integer, "0"));
    }

    private static int count(String s, String chars) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                n++;
            }
        }
        return n;
    }
}
