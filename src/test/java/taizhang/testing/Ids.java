package taizhang.testing;

import taizhang.domain.IdNumber;

/** Valid ID numbers for fixtures, their check character from the rule's one definition. */
public final class Ids {
    private Ids() {
    }

    /** An 18-character ID number: area 990101, birth date yyyymmdd, sequence (odd = male). */
    public static String id(String yyyymmdd, int sequence) {
        String body = "990101" + yyyymmdd + String.format(java.util.Locale.ROOT, "%03d", sequence);
        return body + check(body);
    }

    public static char check(String body17) {
        return IdNumber.checkCharacter(body17);
    }
}
