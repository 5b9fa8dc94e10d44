package taizhang.testing;

/** Valid ID numbers for fixtures. */
public final class Ids {
    private Ids() {
    }

    private static final int[] W = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    /** An 18-character ID number: area 990101, birth date yyyymmdd, sequence (odd = male). */
    public static String id(String yyyymmdd, int sequence) {
        String body = "990101" + yyyymmdd + String.format("%03d", sequence);
        return body + check(body);
    }

    public static char check(String body17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body17.charAt(i) - '0') * W[i];
        }
        return CHECK.charAt(sum % 11);
    }
}
