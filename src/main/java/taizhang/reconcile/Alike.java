package taizhang.reconcile;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import taizhang.domain.Pinyin;

/**
 * How alike two names sound: the Jaro-Winkler similarity of their full pinyin without tones,
 * the best over every reading of their polyphonic characters (so 张丽 and 章丽 are 1.0, and so
 * are 单丽 and 善丽, 单 read as the surname shàn). Remembers each name's spellings: a list
 * names the same mothers again and again.
 */
final class Alike {
    /** Names at least this alike are the same name (SPEC 12). */
    static final double THRESHOLD = 0.90;
    /** Readings considered per name: a name of four polyphonic characters has dozens. */
    private static final int SPELLINGS = 32;

    private final Map<String, List<String>> spellings = new HashMap<>();

    /**
     * Jaro-Winkler similarity as Winkler's own program (strcmp95) computes it, and with it the
     * common libraries (jellyfish, rapidfuzz): half the transpositions rounded down. Commons Text
     * finds the matches, transpositions and common prefix; its own score halves exactly (3
     * transpositions count 1.5), which puts pairs such as zenglinyu/zengyuyi (0.902) under 0.90.
     */
    static double jaroWinkler(String a, String b) {
        int[] found = Matches.of(a, b);
        double m = found[0];
        if (m == 0) {
            return 0;
        }
        double jaro = (m / a.length() + m / b.length() + (m - found[1] / 2) / m) / 3;
        return jaro < 0.7 ? jaro : jaro + 0.1 * found[2] * (1 - jaro);
    }

    /** Reaches Commons Text's matching step: matches, transpositions (not halved), common prefix (≤ 4). */
    private static final class Matches extends JaroWinklerSimilarity {
        static int[] of(String a, String b) {
            return matches(a, b);
        }
    }

    double similarity(String a, String b) {
        if (a.equals(b)) {
            return 1.0;
        }
        List<String> as = spellings(a);
        List<String> bs = spellings(b);
        double best = 0;
        for (String x : as) {
            for (String y : bs) {
                if (x.equals(y)) {
                    return 1.0;
                }
                best = Math.max(best, jaroWinkler(x, y));
            }
        }
        return best;
    }

    /** Alike enough, and of the same number of characters (张丽 is not 张丽丽). */
    boolean alike(String a, String b) {
        return a.codePointCount(0, a.length()) == b.codePointCount(0, b.length()) && similarity(a, b) >= THRESHOLD;
    }

    private List<String> spellings(String name) {
        return spellings.computeIfAbsent(name, n -> Pinyin.spellings(n, SPELLINGS));
    }
}
