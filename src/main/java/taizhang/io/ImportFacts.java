package taizhang.io;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import taizhang.domain.Entry;
import taizhang.domain.Facts;
import taizhang.domain.Register;
import taizhang.storage.Database;
import taizhang.storage.StoredFacts;

/**
 * Facts during an import: the register as it stood before the import, and the rows of the
 * file checked so far, remembered here because they are written a little later on another
 * thread. The questions asked of every row are answered from memory: areas, schemes, and,
 * for persons, the ID numbers of the living.
 */
final class ImportFacts implements Facts {
    private final StoredFacts stored;
    private final Map<String, String> areaParents = new HashMap<>();
    private final Set<String> schemes = new HashSet<>();
    private final Set<BirthKey> births = new HashSet<>();
    private final Map<String, java.time.LocalDate> deaths = new HashMap<>();
    private String root;
    private IdSet living;

    ImportFacts(Database db, StoredFacts stored, Register register) {
        this.stored = stored;
        db.handle().createQuery("SELECT code, parent_code FROM area WHERE voided = 0")
                .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2)})
                .forEach(a -> rememberArea(a[0], a[1]));
        schemes.addAll(db.handle().createQuery("SELECT code FROM scheme WHERE voided = 0").mapTo(String.class).list());
        if (register == Register.PERSONS) {
            living = new IdSet();
            db.handle().createQuery("SELECT id_number FROM person WHERE id_number IS NOT NULL"
                    + " AND died_on IS NULL AND voided = 0").mapTo(String.class).forEach(living::add);
        }
    }

    /** Called for each row saved, so that later rows see it. */
    void saved(Entry e) {
        switch (e.register()) {
            case AREAS -> rememberArea(e.text("code"), e.text("parent_code"));
            case SCHEMES -> schemes.add(e.text("code"));
            case PERSONS -> {
                if (e.text("id_number") != null && e.date("died_on") == null) {
                    living.add(e.text("id_number"));
                }
            }
            case BIRTHS -> births.add(BirthKey.of(e));
            case DEATHS -> {
                if (e.text("id_number") != null) {
                    deaths.putIfAbsent(e.text("id_number"), e.date("death_date"));
                }
            }
            default -> {
            }
        }
    }

    private void rememberArea(String code, String parent) {
        areaParents.put(code, parent);
        if (parent == null) {
            root = code;
        }
    }

    @Override
    public java.time.LocalDate today() {
        return stored.today();
    }

    @Override
    public boolean isVillage(String code) {
        return code.length() == 12 && areaParents.containsKey(code);
    }

    @Override
    public int areaLevelLength(String code) {
        return areaParents.containsKey(code) ? code.length() : 0;
    }

    @Override
    public String rootCode() {
        return root;
    }

    @Override
    public boolean hasScheme(String code) {
        return schemes.contains(code);
    }

    @Override
    public boolean livingPersonHas(String idNumber) {
        return living != null ? living.contains(idNumber) : stored.livingPersonHas(idNumber);
    }

    @Override
    public PersonState person(String idNumber) {
        java.time.LocalDate died = deaths.get(idNumber);
        PersonState before = stored.person(idNumber);
        if (died == null || before == null || before.diedOn() != null) {
            return before;
        }
        return new PersonState(died);
    }

    @Override
    public boolean hasBirth(BirthKey key) {
        return births.contains(key) || stored.hasBirth(key);
    }
}
