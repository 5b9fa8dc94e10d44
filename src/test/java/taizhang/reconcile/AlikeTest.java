package taizhang.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Jaro-Winkler as its author computes it, and what SPEC 12 calls alike. */
class AlikeTest {
    @Test
    void transpositionsAreHalvedAsWinklersOwnProgramHalvesThem() {
        // Winkler's strcmp95 (and jellyfish, rapidfuzz) count half of 3 transpositions as 1, not 1.5.
        assertEquals(0.6, Alike.jaroWinkler("aidahaddad", "thadwindle"), 1e-12);
        assertEquals(0.961111111111111, Alike.jaroWinkler("martha", "marhta"), 1e-12);
        assertEquals(0.813333333333333, Alike.jaroWinkler("dixon", "dicksonx"), 1e-12);
        assertEquals(1.0, Alike.jaroWinkler("zhangli", "zhangli"));
        assertEquals(0.0, Alike.jaroWinkler("abc", "xyz"));
    }

    @Test
    void alikeAtNinetyHundredthsWithTheSameCharacterCount() {
        Alike alike = new Alike();
        // zenglinyu / zengyuyi: 3 transpositions; 0.902 by Winkler's count (0.888 halving them exactly).
        assertTrue(alike.alike("曾琳雨", "曾雨怡"));
        assertTrue(alike.alike("张伟", "张卫"), "zhangwei both");
        assertFalse(alike.alike("吴明", "吴梅"), "wuming / wumei: 0.876");
        assertFalse(alike.alike("刘丽", "刘丽华"), "0.925, but not of the same character count");
    }
}
