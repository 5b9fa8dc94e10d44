package taizhang.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * The rules that look at more than one field of a record, or at what the register holds. A
 * problem's value here is the canonical one; its callers replace it by the text as written.
 */
final class RecordRules {
    private RecordRules() {
    }

    static void check(Entry e, Facts facts, List<Problem> out) {
        eventsNotAfterRegistration(e, out);
        switch (e.register()) {
            case AREAS -> area(e, facts, out);
            case PERSONS -> person(e, facts, out);
            case BIRTHS -> birth(e, facts, out);
            case DEATHS -> death(e, facts, out);
            case MARRIAGES -> marriage(e, out);
            case MIGRATIONS -> migration(e, out);
            default -> {
            }
        }
    }

    private static void eventsNotAfterRegistration(Entry e, List<Problem> out) {
        if (!e.register().hasRegisteredOn()) {
            return;
        }
        LocalDate registered = e.date("registered_on");
        for (Field f : e.register().fields()) {
            if (f.type() == FieldType.DATE && !f.key().equals("registered_on")) {
                LocalDate d = e.date(f.key());
                if (d != null && d.isAfter(registered)) {
                    out.add(Problem.error(f.key(), d.toString(), Problem.Code.AFTER_REGISTERED_ON, registered));
                }
            }
        }
    }

    private static void area(Entry e, Facts facts, List<Problem> out) {
        String code = e.text("code");
        String parent = e.text("parent_code");
        if (parent == null) {
            String root = facts.rootCode();
            if (root != null && !root.equals(code)) {
                out.add(Problem.error("parent_code", "", Problem.Code.ROOT_EXISTS, root));
            }
            return;
        }
        AreaLevel parentLevel = facts.areaLevel(parent);
        if (parentLevel == null) {
            out.add(Problem.error("parent_code", parent, Problem.Code.PARENT_MISSING));
        } else if (parentLevel.child() != AreaLevel.of(code)) {
            out.add(Problem.error("parent_code", parent, Problem.Code.PARENT_WRONG_LEVEL, code));
        } else if (!code.startsWith(parent)) {
            // A statistical code holds its parents' codes; scopes (a code and what begins with it) rely on it.
            out.add(Problem.error("code", code, Problem.Code.NOT_UNDER_PARENT, parent));
        }
    }

    private static void person(Entry e, Facts facts, List<Problem> out) {
        String id = e.text("id_number");
        agreesWithId(e, "id_number", "sex", "birth_date", out);
        LocalDate died = e.date("died_on");
        if (died != null && died.isBefore(e.date("birth_date"))) {
            out.add(Problem.error("died_on", died.toString(), Problem.Code.DIED_BEFORE_BIRTH, e.date("birth_date")));
        }
        if (id != null && died == null && facts.livingPersonHas(id)) {
            out.add(Problem.error("id_number", id, facts.livingPersonInFile(id)
                    ? Problem.Code.ID_OF_LIVING_PERSON_IN_FILE : Problem.Code.ID_OF_LIVING_PERSON));
        }
    }

    private static void birth(Entry e, Facts facts, List<Problem> out) {
        hasSex(e, "mother_id_number", Sex.F, out);
        hasSex(e, "father_id_number", Sex.M, out);
        motherAge(e.text("mother_id_number"), e.date("birth_date"), out);
        Facts.BirthKey key = Facts.BirthKey.of(e);
        int line = facts.birthLine(key);
        if (line > 0) {
            out.add(Problem.error("child_name", e.text("child_name"),
                    Problem.Code.DUPLICATE_BIRTH_IN_FILE, e.date("birth_date"), line));
        } else if (facts.hasBirth(key)) {
            out.add(Problem.error("child_name", e.text("child_name"),
                    Problem.Code.DUPLICATE_BIRTH, e.date("birth_date")));
        }
    }

    /**
     * A birth on a hospital's or the police's list: the mother's ID number must be a woman's and
     * make her a possible age, a child's ID number must agree with the child's sex and birth date.
     */
    static void listedBirth(ListedBirth b, List<Problem> out) {
        hasSex(b.motherIdNumber(), "mother_id_number", Sex.F, out);
        motherAge(b.motherIdNumber(), b.birthDate(), out);
        agreesWithId(b.childIdNumber(), b.childSex(), "child_sex", b.birthDate(), "birth_date", out);
    }

    private static void motherAge(String motherId, LocalDate birthDate, List<Problem> out) {
        if (motherId == null || IdNumber.normalise(motherId).length() != 18) {
            return;
        }
        LocalDate motherBirth = birthDateIn(motherId);
        int age = Dates.age(motherBirth, birthDate);
        String where = "mother_id_number";
        if (age < 12 || age > 60) {
            out.add(Problem.error(where, motherId, Problem.Code.MOTHER_AGE_IMPOSSIBLE, age));
        } else if (age <= 14 || age >= 50) {
            out.add(Problem.warning(where, motherId, Problem.Code.MOTHER_AGE_CHECK, age));
        }
    }

    private static void death(Entry e, Facts facts, List<Problem> out) {
        agreesWithId(e, "id_number", "sex", null, out);
        String id = e.text("id_number");
        if (id == null) {
            return;
        }
        LocalDate death = e.date("death_date");
        if (death.isBefore(birthDateIn(id))) {
            out.add(Problem.error("death_date", death.toString(), Problem.Code.DEATH_BEFORE_BIRTH_IN_ID, id));
        }
        Facts.PersonState person = facts.person(id);
        if (person != null && person.diedOn() != null && !person.diedOn().equals(death)) {
            out.add(Problem.error("death_date", death.toString(), facts.deathInFile(id)
                    ? Problem.Code.DEATH_DATE_DIFFERS_IN_FILE : Problem.Code.DEATH_DATE_DIFFERS, person.diedOn(), id));
        }
    }

    private static void marriage(Entry e, List<Problem> out) {
        hasSex(e, "woman_id_number", Sex.F, out);
        hasSex(e, "man_id_number", Sex.M, out);
    }

    private static void migration(Entry e, List<Problem> out) {
        agreesWithId(e, "id_number", "sex", "birth_date", out);
    }

    /** A record whose sex or birth date disagrees with its ID number is rejected, naming both. */
    private static void agreesWithId(Entry e, String idKey, String sexKey, String birthKey, List<Problem> out) {
        agreesWithId(e.text(idKey), e.text(sexKey), sexKey, birthKey == null ? null : e.date(birthKey), birthKey, out);
    }

    private static void agreesWithId(String id, String sex, String sexKey, LocalDate birth, String birthKey,
                                     List<Problem> out) {
        if (id == null) {
            return;
        }
        Sex idSex = Sex.fromDigit(id.charAt(16));
        if (sex != null && !sex.equals(idSex.name())) {
            out.add(Problem.error(sexKey, sex, Problem.Code.SEX_DISAGREES_WITH_ID, id, idSex));
        }
        if (birthKey != null && birth != null && !birth.equals(birthDateIn(id))) {
            out.add(Problem.error(birthKey, birth.toString(), Problem.Code.BIRTH_DATE_DISAGREES_WITH_ID, id,
                    birthDateIn(id)));
        }
    }

    private static void hasSex(Entry e, String idKey, Sex expected, List<Problem> out) {
        hasSex(e.text(idKey), idKey, expected, out);
    }

    /** A mother's ID number must be a woman's, a father's a man's (the field says whose it is). */
    private static void hasSex(String id, String idKey, Sex expected, List<Problem> out) {
        if (id != null && Sex.fromDigit(id.charAt(16)) != expected) {
            out.add(Problem.error(idKey, id, expected == Sex.F ? Problem.Code.ID_OF_A_MAN : Problem.Code.ID_OF_A_WOMAN));
        }
    }

    /** The birth date inside an ID number already checked by {@link IdNumber#parse}. */
    static LocalDate birthDateIn(String id) {
        return IdNumber.birthDate(id);
    }
}
