package taizhang.domain;

import java.time.LocalDate;

/**
 * What the rules need to know beyond the record itself: today's date and what the register
 * already holds (and, during an import, what earlier rows of the file added).
 */
public interface Facts {

    LocalDate today();

    /** The level of the area in the register with this code, or null when there is none. */
    AreaLevel areaLevel(String code);

    default boolean isVillage(String code) {
        return areaLevel(code) == AreaLevel.VILLAGE;
    }

    /** The code of the root of the area tree, or null when there are no areas yet. */
    String rootCode();

    boolean hasScheme(String code);

    /** Whether a living person (no death date, not voided) holds this ID number. */
    boolean livingPersonHas(String idNumber);

    /** The person registered with this ID number, or null. */
    PersonState person(String idNumber);

    /** Whether a birth with the same mother, date, child name and sex is already there. */
    boolean hasBirth(BirthKey key);

    /**
     * During an import, whether the living person holding this ID number is on an earlier row of
     * the file rather than in the register.
     */
    default boolean livingPersonInFile(String idNumber) {
        return false;
    }

    /**
     * During an import, whether the death date of the person holding this ID number comes from
     * an earlier row of the file rather than from the register.
     */
    default boolean deathInFile(String idNumber) {
        return false;
    }

    /** During an import, the line of an earlier row of the file that is this birth; else 0. */
    default int birthLine(BirthKey key) {
        return 0;
    }

    /** The same facts, except that {@code original} (a record being changed) does not count against itself. */
    default Facts besides(Entry original) {
        return original == null ? this : new FactsBesides(this, original);
    }

    /** What the death rule needs to know of a registered person. */
    record PersonState(LocalDate diedOn) {
    }

    /**
     * Identifies a birth for the duplicate rule. The mother is her ID number when the
     * record has one, else her name.
     */
    record BirthKey(String mother, LocalDate birthDate, String childName, String childSex) {
        public static BirthKey of(Entry birth) {
            String id = birth.text("mother_id_number");
            String mother = id != null ? id : "name:" + birth.text("mother_name");
            String child = birth.text("child_name");
            return new BirthKey(mother, birth.date("birth_date"), child == null ? "" : child,
                    birth.text("child_sex"));
        }
    }
}
