package taizhang.ui;

import java.time.LocalDate;
import taizhang.domain.Entry;
import taizhang.domain.Facts;

/**
 * What the register holds, as a form being saved should see it: when a record is edited, the
 * record itself does not count against it (its own ID number is not another living person,
 * its own birth is not a duplicate, its own death date is not a conflicting one).
 */
record FormFacts(Facts inner, Entry original) implements Facts {

    @Override
    public LocalDate today() {
        return inner.today();
    }

    @Override
    public boolean isVillage(String code) {
        return inner.isVillage(code);
    }

    @Override
    public int areaLevelLength(String code) {
        return inner.areaLevelLength(code);
    }

    @Override
    public String rootCode() {
        return inner.rootCode();
    }

    @Override
    public boolean hasScheme(String code) {
        return inner.hasScheme(code);
    }

    @Override
    public boolean livingPersonHas(String idNumber) {
        if (original != null && original.register() == taizhang.domain.Register.PERSONS
                && idNumber.equals(original.text("id_number")) && original.get("died_on") == null) {
            return false;
        }
        return inner.livingPersonHas(idNumber);
    }

    @Override
    public PersonState person(String idNumber) {
        PersonState p = inner.person(idNumber);
        if (p != null && original != null && original.register() == taizhang.domain.Register.DEATHS
                && idNumber.equals(original.text("id_number")) && original.date("death_date").equals(p.diedOn())) {
            return new PersonState(null);
        }
        return p;
    }

    @Override
    public boolean hasBirth(BirthKey key) {
        if (original != null && original.register() == taizhang.domain.Register.BIRTHS
                && key.equals(BirthKey.of(original))) {
            return false;
        }
        return inner.hasBirth(key);
    }
}
