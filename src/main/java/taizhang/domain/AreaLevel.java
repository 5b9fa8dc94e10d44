package taizhang.domain;

/**
 * The three levels of the area tree, told apart by the length of their statistical area code
 * (SPEC 2): county 6 digits, township 9, village 12. The one place that knows the lengths.
 */
public enum AreaLevel {
    COUNTY(6), TOWNSHIP(9), VILLAGE(12);

    private final int codeLength;
    /** {@code values()} made once: it copies the array on every call, and {@link #of} runs for every row read. */
    private static final AreaLevel[] LEVELS = values();

    AreaLevel(int codeLength) {
        this.codeLength = codeLength;
    }

    public int codeLength() {
        return codeLength;
    }

    /** The level a code of this shape names, or null when it is not 6, 9 or 12 digits. */
    public static AreaLevel of(String code) {
        if (code == null) {
            return null;
        }
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c < '0' || c > '9') {
                return null;
            }
        }
        for (AreaLevel l : LEVELS) {
            if (l.codeLength == code.length()) {
                return l;
            }
        }
        return null;
    }

    /** The level just above, or null for the county. */
    public AreaLevel parent() {
        return this == COUNTY ? null : values()[ordinal() - 1];
    }

    /** The level just below, or null for a village. */
    public AreaLevel child() {
        return this == VILLAGE ? null : values()[ordinal() + 1];
    }

    public static boolean isVillage(String code) {
        return of(code) == VILLAGE;
    }

    /** The code of the area of this level that holds {@code code} (a village's township, say). */
    public String prefixOf(String code) {
        return code.substring(0, codeLength);
    }
}
