package taizhang.io;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import taizhang.domain.AreaLevel;
import taizhang.domain.Entry;
import taizhang.domain.Facts;
import taizhang.domain.Register;
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
    /** The births of the file so far, each with the line it is on. */
    private final Map<BirthKey, Integer> births = new HashMap<>();
    private final Map<String, java.time.LocalDate> deaths = new HashMap<>();
    private String root;
    private IdSet living;

    ImportFacts(StoredFacts stored, Register register) {
        this(stored, register, 0);
    }

    /** {@code expectedRows}: about how many rows the file holds, so that the set of ID numbers need not grow for them. */
    ImportFacts(StoredFacts stored, Register register, long expectedRows) {
        this.stored = stored;
        stored.eachArea(this::rememberArea);
        schemes.addAll(stored.schemeCodes());
        if (register == Register.PERSONS) {
            living = new IdSet(expectedRows);
            stored.eachLivingIdNumber(living::add);
        }
    }

    /** Called for each row saved ({@code line}: where it is in the file), so that later rows see it. */
    void saved(Entry e, int line) {
        switch (e.register()) {
            case AREAS -> rememberArea(e.text("code"), e.text("parent_code"));
            case SCHEMES -> schemes.add(e.text("code"));
            case PERSONS -> {
                if (e.text("id_number") != null && e.date("died_on") == null) {
                    living.addFromFile(e.text("id_number"));
                }
            }
            case BIRTHS -> births.putIfAbsent(BirthKey.of(e), line);
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
    public AreaLevel areaLevel(String code) {
        return areaParents.containsKey(code) ? AreaLevel.of(code) : null;
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
    public boolean livingPersonInFile(String idNumber) {
        // Not the register asked again: it holds this file's rows written so far (the same
        // transaction), and in a large import it has no index on ID numbers, so every duplicate
        // read the whole table (importing 80,000 persons a second time ran for over ten minutes).
        return living != null && living.inFile(idNumber);
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
    public boolean deathInFile(String idNumber) {
        PersonState before = stored.person(idNumber);
        return deaths.containsKey(idNumber) && before != null && before.diedOn() == null;
    }

    @Override
    public boolean hasBirth(BirthKey key) {
        return births.containsKey(key) || stored.hasBirth(key);
    }

    @Override
    public int birthLine(BirthKey key) {
        Integer line = births.get(key);
        return line == null ? 0 : line;
    }
}
