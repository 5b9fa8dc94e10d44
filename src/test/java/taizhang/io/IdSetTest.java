package taizhang.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The import's set of living persons' ID numbers, kept as numbers (its keys are read by hand). */
class IdSetTest {

    @Test
    void anIdNumberIsFoundByItsSeventeenDigitsAmongManyOthers() {
        IdSet set = new IdSet();
        for (int i = 0; i < 50_000; i++) {
            set.add(String.format("9901011988%07d1", i));
        }
        set.add("11010519491231002X");
        assertTrue(set.contains("9901011988000000" + "01"));
        assertTrue(set.contains("9901011988004999" + "91"));
        assertTrue(set.contains("11010519491231002X"));
        assertFalse(set.contains("110105194912310038"), "another 17th digit");
        assertFalse(set.contains("990101198805000001"));
    }

    /**
     * A number looked for and missed, then added, goes where the search stopped; anything else in
     * between (another number added, the table grown) and it is searched for again: either way
     * every number is found once, and only once counted.
     */
    @Test
    void aNumberMissedThenAddedIsFoundWhateverCameBetween() {
        IdSet set = new IdSet(3);
        for (int i = 0; i < 30_000; i++) {
            String id = String.format("9901011988%07d1", i);
            String other = String.format("9901011999%07d1", i);
            assertFalse(set.contains(id));
            if (i % 3 == 1) {
                set.add(other);                       // between the miss and the add
            } else if (i % 3 == 2) {
                assertFalse(set.contains(other));     // another miss remembered instead
            }
            set.addFromFile(id);
            assertTrue(set.contains(id));
            assertTrue(set.inFile(id));
        }
        for (int i = 0; i < 30_000; i++) {
            assertTrue(set.contains(String.format("9901011988%07d1", i)), "number " + i);
            assertEquals(i % 3 == 1, set.contains(String.format("9901011999%07d1", i)), "other " + i);
        }
        assertEquals(40_000, set.size());
    }

    @Test
    void theKeyIsTheNumberOfTheFirstSeventeenDigitsAndAnythingElseIsRefusedAsBefore() {
        assertEquals(11010519491231002L + 1, IdSet.key("11010519491231002X"));
        assertEquals(1, IdSet.key("000000000000000000"));
        assertEquals(99999999999999999L + 1, IdSet.key("999999999999999999"));
        assertThrows(NumberFormatException.class, () -> IdSet.key("1101051949123100AX"));
        assertEquals(Long.parseLong("１1010519491231002", 0, 17, 10) + 1, IdSet.key("１10105194912310021"));
        assertThrows(IndexOutOfBoundsException.class, () -> IdSet.key("1101051949"));
    }

    @Test
    void aNumberFromTheFileIsToldFromOneOfTheRegisterThroughEveryGrowth() {
        IdSet set = new IdSet();
        for (int i = 0; i < 20_000; i++) {
            String id = String.format("9901011988%07d1", i);
            if (i % 2 == 0) {
                set.add(id);
            } else {
                set.addFromFile(id);
            }
        }
        assertFalse(set.inFile("990101198800000001"));
        assertTrue(set.inFile("990101198800000011"));
        assertFalse(set.inFile("990101198800199981"));
        assertTrue(set.inFile("990101198800199991"));
        assertTrue(set.contains("990101198800199991"));
        assertFalse(set.inFile("990101198899999991"), "not in the set at all");
        set.addFromFile("990101198800000001");
        assertFalse(set.inFile("990101198800000001"), "a number of the register stays the register's");
    }
}
