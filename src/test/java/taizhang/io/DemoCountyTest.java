package taizhang.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import taizhang.domain.Dates;
import taizhang.domain.Entry;
import taizhang.domain.Register;
import taizhang.domain.Schemes;
import taizhang.domain.Validation;
import taizhang.storage.Database;
import taizhang.storage.PopulationCount;
import taizhang.storage.RegisterStore;
import taizhang.storage.StoredFacts;
import taizhang.testing.GeneratedFacts;

class DemoCountyTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    static List<Entry> county(int persons, long seed, LocalDate today) throws Exception {
        List<Entry> all = new ArrayList<>();
        DemoCounty.generate(persons, seed, today, all::add);
        return all;
    }

    static List<Entry> of(List<Entry> all, Register r) {
        return all.stream().filter(e -> e.register() == r).toList();
    }

    static Stream<Arguments> counties() {
        return Stream.of(Arguments.of(TODAY, 1L), Arguments.of(LocalDate.of(2028, 2, 29), 7L),
                Arguments.of(LocalDate.of(2025, 1, 1), 42L));
    }

    /** Every record, read back from its canonical CSV spelling, passes the rules an import applies. */
    @ParameterizedTest
    @MethodSource("counties")
    void everyRecordPassesValidation(LocalDate today, long seed) throws Exception {
        List<Entry> all = county(4000, seed, today);
        GeneratedFacts facts = new GeneratedFacts(today);
        int previousRegister = -1;
        for (Entry e : all) {
            assertTrue(e.register().ordinal() >= previousRegister, "registers in dependency order: " + e);
            previousRegister = e.register().ordinal();
            Validation.Result result = Validation.check(e.register(), e.raw(), facts);
            assertEquals(List.of(), result.problems(), "problems with " + e);
            assertEquals(e, result.entry(), "read back as generated");
            facts.add(e);
        }
    }

    @ParameterizedTest
    @MethodSource("counties")
    void recordsAgreeWithEachOther(LocalDate today, long seed) throws Exception {
        List<Entry> all = county(4000, seed, today);
        Map<String, Entry> persons = new HashMap<>();
        for (Entry p : of(all, Register.PERSONS)) {
            String id = p.text("id_number");
            if (id != null) {
                assertEquals(null, persons.put(id, p), "one ID number, one person: " + id);
            }
        }
        Set<String> dead = new HashSet<>();
        for (Entry d : of(all, Register.DEATHS)) {
            Entry person = persons.get(d.text("id_number"));
            assertNotNull(person, "a death of a person in the register: " + d);
            assertEquals(d.date("death_date"), person.date("died_on"), "died_on set by the death: " + d);
            assertEquals(person.text("name"), d.text("name"));
            dead.add(d.text("id_number"));
        }
        for (Entry p : persons.values()) {
            if (p.date("died_on") != null) {
                assertTrue(dead.contains(p.text("id_number")), "a death record for " + p);
            }
        }
        Set<List<Object>> births = new HashSet<>();
        for (Entry b : of(all, Register.BIRTHS)) {
            Entry mother = persons.get(b.text("mother_id_number"));
            assertNotNull(mother, "the mother is in the register: " + b);
            assertEquals("F", mother.text("sex"));
            assertEquals(mother.text("name"), b.text("mother_name"));
            int age = Dates.age(mother.date("birth_date"), b.date("birth_date"));
            assertTrue(age >= 20 && age <= 45, "mother aged 20-45 at the birth, not " + age + ": " + b);
            assertTrue(births.add(List.of(b.text("mother_id_number"), b.date("birth_date"),
                    String.valueOf(b.text("child_name")), b.text("child_sex"))), "no duplicate birth: " + b);
        }
    }

    @Test
    void sameSeedSameCountyOtherSeedAnother() throws Exception {
        List<Entry> first = county(3000, 5, TODAY);
        assertEquals(first, county(3000, 5, TODAY));
        assertNotEquals(first, county(3000, 6, TODAY));
    }

    @Test
    void asManyPersonsAsAskedAndOnlyFictionalAreas() throws Exception {
        List<Entry> all = county(DemoCounty.DEFAULT_PERSONS, DemoCounty.DEFAULT_SEED, TODAY);
        int persons = of(all, Register.PERSONS).size();
        assertEquals(DemoCounty.DEFAULT_PERSONS, persons);

        List<Entry> areas = of(all, Register.AREAS);
        assertEquals("990101", areas.get(0).text("code"));
        assertEquals(null, areas.get(0).text("parent_code"));
        List<String> townships = areas.stream().filter(a -> a.text("code").length() == 9).map(a -> a.text("code"))
                .toList();
        assertEquals(List.of("990101101", "990101102"), townships);
        List<Entry> villages = areas.stream().filter(a -> a.text("code").length() == 12).toList();
        assertTrue(villages.size() >= 6 && villages.size() <= 10, "villages: " + villages.size());
        for (Entry v : villages) {
            assertTrue(v.text("code").startsWith(v.text("parent_code")), v.toString());
            assertTrue(v.text("name").codePoints().allMatch(cp -> Character.UnicodeScript.of(cp)
                    == Character.UnicodeScript.HAN), v.toString());
        }
        assertEquals(Schemes.initial(), of(all, Register.SCHEMES));
        for (Entry p : of(all, Register.PERSONS)) {
            String id = p.text("id_number");
            assertTrue(id == null || id.startsWith("99"), id);
        }
        List<String> names = of(all, Register.PERSONS).stream().map(p -> p.text("name")).toList();
        assertTrue(names.stream().anyMatch(n -> n.codePointCount(0, n.length()) < n.length()),
                "some names with characters outside the BMP");
        for (String polyphonic : List.of("乐", "单", "曾")) {
            assertTrue(names.stream().anyMatch(n -> n.contains(polyphonic)), "a name with " + polyphonic);
        }
    }

    static Stream<Arguments> defaultCounties() {
        return Stream.of(Arguments.of(TODAY, DemoCounty.DEFAULT_SEED), Arguments.of(TODAY, 2L),
                Arguments.of(LocalDate.of(2031, 6, 30), 3L));
    }

    /** The default county's rates are believable in every whole calendar year of its records. */
    @ParameterizedTest
    @MethodSource("defaultCounties")
    void believableRates(LocalDate today, long seed) throws Exception {
        List<Entry> all = county(DemoCounty.DEFAULT_PERSONS, seed, today);
        LocalDate start = today.minusYears(3).plusDays(1);
        Map<Integer, Integer> population = new HashMap<>();
        int villages = (int) of(all, Register.AREAS).stream().filter(a -> a.text("code").length() == 12).count();
        Map<LocalDate, Integer> figures = new HashMap<>();
        for (Entry p : of(all, Register.POPULATION)) {
            assertEquals(1, p.date("as_of").getDayOfYear());
            population.merge(p.date("as_of").getYear(), p.count("population"), Integer::sum);
            figures.merge(p.date("as_of"), 1, Integer::sum);
        }
        for (int y = start.getYear(); y <= today.getYear(); y++) {
            assertEquals(villages, figures.get(LocalDate.of(y, 1, 1)), "one figure per village on 1 January " + y);
        }
        int latest = population.get(today.getYear());
        int persons = of(all, Register.PERSONS).size();
        assertTrue(latest > 0.8 * persons && latest <= persons, "population " + latest + " of " + persons + " persons");

        List<Entry> births = of(all, Register.BIRTHS);
        int wholeYears = 0;
        for (int y = start.getYear(); y <= today.getYear(); y++) {
            if (LocalDate.of(y, 1, 1).isBefore(start) || LocalDate.of(y, 12, 31).isAfter(today)) {
                continue;
            }
            wholeYears++;
            int year = y;
            List<Entry> inYear = births.stream().filter(b -> b.date("birth_date").getYear() == year).toList();
            long boys = inYear.stream().filter(b -> b.text("child_sex").equals("M")).count();
            double cbr = 1000.0 * inYear.size() / population.get(y);
            double srb = 100.0 * boys / (inYear.size() - boys);
            assertTrue(cbr >= 6 && cbr <= 10, y + ": crude birth rate " + cbr);
            assertTrue(srb >= 105 && srb <= 112, y + ": sex ratio at birth " + srb);
            long deaths = of(all, Register.DEATHS).stream().filter(d -> d.date("death_date").getYear() == year).count();
            double cdr = 1000.0 * deaths / population.get(y);
            assertTrue(cdr >= 4 && cdr <= 10, y + ": crude death rate " + cdr);
        }
        assertTrue(wholeYears >= 2, "two whole years at least");

        long firstOrSecond = births.stream().filter(b -> b.count("birth_order") <= 2).count();
        long thirdOrMore = births.size() - firstOrSecond;
        assertTrue(firstOrSecond >= 0.8 * births.size(), "mostly first and second children");
        assertTrue(thirdOrMore >= 0.03 * births.size(), "some third or later children: " + thirdOrMore);
        long timely = births.stream()
                .filter(b -> ChronoUnit.DAYS.between(b.date("birth_date"), b.date("registered_on")) <= 30).count();
        assertTrue(timely >= 0.7 * births.size() && timely < births.size(), "most, not all, within 30 days");
        assertTrue(births.stream().anyMatch(b -> b.date("registered_on").getYear() > b.date("birth_date").getYear()
                && ChronoUnit.DAYS.between(b.date("birth_date"), b.date("registered_on")) > 365),
                "some registered a year or more later");
        assertTrue(births.stream().anyMatch(b -> b.date("birth_date").isBefore(start)),
                "some births of before the three years registered in them");
        Map<List<Object>, List<Entry>> byMotherAndDate = new HashMap<>();
        for (Entry b : births) {
            byMotherAndDate.computeIfAbsent(List.of(b.text("mother_id_number"), b.date("birth_date")),
                    k -> new ArrayList<>()).add(b);
        }
        List<List<Entry>> twins = byMotherAndDate.values().stream().filter(l -> l.size() > 1).toList();
        assertFalse(twins.isEmpty(), "twins occasionally");
        assertTrue(twins.size() < 0.05 * births.size(), "only occasionally");
        for (List<Entry> pair : twins) {
            assertNotEquals(pair.get(0).text("child_name"), pair.get(1).text("child_name"));
        }

        List<Entry> benefits = of(all, Register.BENEFITS);
        long unpaid = benefits.stream().filter(b -> b.fen("amount_paid") == 0).count();
        long partly = benefits.stream()
                .filter(b -> b.fen("amount_paid") > 0 && b.fen("amount_paid") < b.fen("amount_due")).count();
        assertTrue(unpaid > 0 && partly > 0, "unpaid " + unpaid + ", partly paid " + partly);
        assertTrue(unpaid + partly < 0.15 * benefits.size(), "most paid in full");
        assertEquals(Set.of(Schemes.CHILDCARE, Schemes.RURAL_REWARD, Schemes.SPECIAL_SUPPORT),
                new HashSet<>(benefits.stream().map(b -> b.text("scheme")).toList()));

        List<Entry> movedIn = of(all, Register.MIGRATIONS).stream().filter(m -> m.text("direction").equals("in"))
                .toList();
        for (String field : List.of("id_number", "birth_date", "counterpart")) {
            assertTrue(movedIn.stream().anyMatch(m -> m.get(field) == null), "some lack " + field);
        }
        long complete = movedIn.stream().filter(m -> m.get("id_number") != null && m.get("birth_date") != null
                && m.get("counterpart") != null).count();
        assertTrue(complete >= 0.8 * movedIn.size() && complete < movedIn.size(), "a few incomplete");
        assertTrue(of(all, Register.MIGRATIONS).stream().anyMatch(m -> m.text("direction").equals("out")));
        assertFalse(of(all, Register.MARRIAGES).isEmpty());
        assertFalse(of(all, Register.VISITS).isEmpty());
    }

    @Test
    void fillsADatabaseInOneGo(@TempDir Path dir) throws Exception {
        List<Entry> all = county(1500, 9, TODAY);
        try (Database db = taizhang.testing.Admin.signIn(Database.create(dir.resolve("demo.db")))) {
            db.write(h -> {
                try (RegisterStore.Inserter schemes = new RegisterStore(db).inserter(Register.SCHEMES, "test")) {
                    for (Entry s : Schemes.initial()) {
                        schemes.insert(s);
                    }
                }
                return null;
            });
            DemoCounty.fill(db, 1500, 9, TODAY);
            RegisterStore store = new RegisterStore(db);
            for (Register r : Register.values()) {
                assertEquals(of(all, r).size(), store.count(r), r.fileName());
            }
            List<Entry> stored = new ArrayList<>();
            store.forEach(Register.BIRTHS, s -> stored.add(s.entry()));
            assertEquals(of(all, Register.BIRTHS), stored, "stored as generated, in order");
            Entry living = of(all, Register.PERSONS).stream()
                    .filter(p -> p.get("id_number") != null && p.get("died_on") == null).findFirst().orElseThrow();
            assertTrue(new StoredFacts(db, TODAY).livingPersonHas(living.text("id_number")));
            for (Entry figure : of(all, Register.POPULATION)) {
                assertEquals(new PopulationCount(db).livingByVillage(figure.date("as_of")).get(figure.text("area_code")),
                        figure.count("population"), "the figure population --from-register would count: " + figure);
            }
        }
    }

    @Test
    void writesOneCsvFilePerRegisterTheSameEveryTime(@TempDir Path dir) throws Exception {
        Map<Register, Long> counts = DemoCounty.writeFiles(dir.resolve("a"), 2500, 4, TODAY);
        DemoCounty.writeFiles(dir.resolve("b"), 2500, 4, TODAY);
        DemoCounty.writeFiles(dir.resolve("c"), 2500, 5, TODAY);
        List<Entry> all = county(2500, 4, TODAY);
        Map<Register, Long> expected = new EnumMap<>(Register.class);
        for (Register r : Register.values()) {
            expected.put(r, (long) of(all, r).size());
            byte[] a = Files.readAllBytes(dir.resolve("a").resolve(r.fileName() + ".csv"));
            assertArrayEquals(a, Files.readAllBytes(dir.resolve("b").resolve(r.fileName() + ".csv")), r.fileName());
            List<String> lines = CsvOutTest.lines(a);
            assertEquals("\uFEFF" + String.join(",", Export.header(r, false)), lines.get(0), "BOM and canonical header");
            assertEquals(of(all, r).size() + 1, lines.size(), r.fileName());
        }
        assertEquals(expected, counts);
        assertFalse(java.util.Arrays.equals(Files.readAllBytes(dir.resolve("a").resolve("persons.csv")),
                Files.readAllBytes(dir.resolve("c").resolve("persons.csv"))), "another seed, another county");
    }
}
