package taizhang.domain;

import java.time.LocalDate;

/**
 * What the register holds, as a record being changed should see it: the record itself does not
 * count against it (its own ID number is not another living person, its own birth is not a
 * duplicate, its own death date is not a conflicting one). Made by {@link Facts#besides}.
 */
record FactsBesides(Facts inner, Entry original) implements Facts {

    @Override
    public LocalDate today() {
        return inner.today();
    }

    @Override
    public AreaLevel areaLevel(String code) {
        return inner.areaLevel(code);
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
        if (original != null && original.register() == Register.PERSONS
                && idNumber.equals(original.text("id_number")) && original.get("died_on") == null) {
            return false;
        }
        return inner.livingPersonHas(idNumber);
    }

    @Override
    public PersonState person(String idNumber) {
        PersonState p = inner.person(idNumber);
        if (p != null && original != null && original.register() == Register.DEATHS
                && idNumber.equals(original.text("id_number")) && original.date("death_date").equals(p.diedOn())) {
            return new PersonState(null);
        }
        return p;
    }

    @Override
    public boolean hasBirth(BirthKey key) {
        if (original != null && original.register() == Register.BIRTHS
                && key.equals(BirthKey.of(original))) {
            return false;
        }
        return inner.hasBirth(key);
    }
}
