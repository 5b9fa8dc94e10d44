package taizhang.testing;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import taizhang.domain.Entry;
import taizhang.domain.Facts;

/**
 * What the register holds after the records seen so far, as an import would know it: each
 * record is checked against the records before it, then {@link #add}ed. Before anything is
 * added, the facts of an office with nothing in it.
 */
public final class GeneratedFacts implements Facts {
    private final LocalDate today;
    private final Map<String, Integer> areas = new HashMap<>();
    private String root;
    private final Set<String> schemes = new HashSet<>();
    private final Set<String> living = new HashSet<>();
    private final Map<String, PersonState> persons = new HashMap<>();
    private final Set<BirthKey> births = new HashSet<>();

    public GeneratedFacts(LocalDate today) {
        this.today = today;
    }

    public void add(Entry e) {
        switch (e.register()) {
            case AREAS -> {
                areas.put(e.text("code"), e.text("code").length());
                if (e.text("parent_code") == null) {
                    root = e.text("code");
                }
            }
            case SCHEMES -> schemes.add(e.text("code"));
            case PERSONS -> {
                String id = e.text("id_number");
                if (id != null) {
                    if (e.date("died_on") == null) {
                        living.add(id);
                    }
                    persons.put(id, new PersonState(e.date("died_on")));
                }
            }
            case BIRTHS -> births.add(BirthKey.of(e));
            default -> {
            }
        }
    }

    @Override
    public LocalDate today() {
        return today;
    }

    @Override
    public taizhang.domain.AreaLevel areaLevel(String code) {
        return areas.containsKey(code) ? taizhang.domain.AreaLevel.of(code) : null;
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
        return living.contains(idNumber);
    }

    @Override
    public PersonState person(String idNumber) {
        return persons.get(idNumber);
    }

    @Override
    public boolean hasBirth(BirthKey key) {
        return births.contains(key);
    }
}
