package taizhang.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import taizhang.domain.Entry;
import taizhang.domain.Register;
import taizhang.storage.RegisterPage.Filter;
import taizhang.storage.RegisterPage.Row;
import taizhang.storage.RegisterPage.Sort;

class RegisterPageTest {
    @TempDir
    Path dir;
    Database db;
    RegisterPage pages;

    static final String EAST = "990101101201";
    static final String WEST = "990101101202";

    @BeforeEach
    void office() throws Exception {
        db = taizhang.testing.Admin.signIn(Database.create(dir.resolve("t.db")));
        pages = new RegisterPage(db);
        RegisterStore store = new RegisterStore(db);
        db.write(h -> {
            try (RegisterStore.Inserter areas = store.inserter(Register.AREAS, "t")) {
                areas.insert(Entry.of(Register.AREAS, "code", "990101", "name", "县"));
                areas.insert(Entry.of(Register.AREAS, "code", "990101101", "name", "镇", "parent_code", "990101"));
                areas.insert(Entry.of(Register.AREAS, "code", EAST, "name", "东村", "parent_code", "990101101"));
                areas.insert(Entry.of(Register.AREAS, "code", WEST, "name", "西村", "parent_code", "990101101"));
            }
            try (RegisterStore.Inserter persons = store.inserter(Register.PERSONS, "t")) {
                String[] names = {"张晓明", "李红", "张三", "王五", "赵六", "张晓明", "乐乐"};
                for (int i = 0; i < 40; i++) {
                    String name = names[i % names.length];
                    persons.insert(Entry.of(Register.PERSONS, "name", name, "sex", i % 2 == 0 ? "M" : "F",
                            "birth_date", LocalDate.of(1980 + i % 7, 1 + i % 12, 1), "area_code", i % 3 == 0 ? WEST : EAST,
                            "household_no", i % 5 == 0 ? null : "H" + (i % 4), "residence", "resident"));
                }
            }
            return null;
        });
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void theRecordsBehindAFigureAreReadInTheOrderEnteredHoweverLongTheList() {
        RegisterStore store = new RegisterStore(db);
        db.write(h -> {
            try (RegisterStore.Inserter persons = store.inserter(Register.PERSONS, "t")) {
                for (int i = 0; i < 1200; i++) {
                    persons.insert(Entry.of(Register.PERSONS, "name", "众" + i, "sex", "F",
                            "birth_date", LocalDate.of(1990, 1, 1), "area_code", EAST, "residence", "resident"));
                }
            }
            return null;
        });
        List<Long> asked = new ArrayList<>();
        for (long id = 1240; id >= 3; id -= 2) {
            asked.add(id);                          // more than one statement's worth, in no particular order
        }
        List<Long> read = new ArrayList<>();
        store.forEach(Register.PERSONS, asked, s -> read.add(s.id()));
        assertEquals(asked.stream().sorted().toList(), read);
    }

    private List<Long> ids(List<Row> rows) {
        return rows.stream().map(Row::id).toList();
    }

    /** Walks forward by pages of 7, then back, and compares with one query of everything. */
    private void walkMatchesWhole(Filter f, Sort s) {
        List<Long> whole = ids(pages.first(Register.PERSONS, f, s, 1000));
        List<Long> forward = new ArrayList<>();
        List<Row> page = pages.first(Register.PERSONS, f, s, 7);
        while (!page.isEmpty()) {
            forward.addAll(ids(page));
            page = pages.after(Register.PERSONS, f, s, page.get(page.size() - 1), false, 7);
        }
        assertEquals(whole, forward);
        List<Long> backward = new ArrayList<>();
        page = pages.last(Register.PERSONS, f, s, 7);
        while (!page.isEmpty()) {
            backward.addAll(0, ids(page));
            page = pages.before(Register.PERSONS, f, s, page.get(0), 7);
        }
        assertEquals(whole, backward);
    }

    @Test
    void keysetPagesCoverTheRegisterExactlyOnceInEveryOrder() {
        walkMatchesWhole(Filter.NONE, Sort.ENTERED);
        walkMatchesWhole(Filter.NONE, new Sort("name", false));
        walkMatchesWhole(Filter.NONE, new Sort("household_no", true));
        walkMatchesWhole(Filter.NONE.withArea(WEST), new Sort("birth_date", false));
        walkMatchesWhole(Filter.NONE, new Sort("residence", true)); // every row the same value
        assertEquals(40, pages.first(Register.PERSONS, Filter.NONE, Sort.ENTERED, 1000).size());
    }

    @Test
    void sortByAColumnOrdersRowsByItThenById() {
        List<Row> rows = pages.first(Register.PERSONS, Filter.NONE, new Sort("birth_date", true), 1000);
        assertEquals(40, rows.size());
        for (int i = 1; i < rows.size(); i++) {
            LocalDate a = rows.get(i - 1).entry().date("birth_date");
            LocalDate b = rows.get(i).entry().date("birth_date");
            assertTrue(a.compareTo(b) > 0 || a.equals(b) && rows.get(i - 1).id() > rows.get(i).id());
        }
    }

    @Test
    void filterByVillageTownshipAndPeriod() {
        List<Row> west = pages.first(Register.PERSONS, Filter.NONE.withArea(WEST), Sort.ENTERED, 1000);
        assertEquals(14, west.size());
        assertTrue(west.stream().allMatch(r -> r.entry().text("area_code").equals(WEST)));
        assertEquals(40, pages.first(Register.PERSONS, Filter.NONE.withArea("990101101"), Sort.ENTERED, 1000).size());
        List<Row> in1981 = pages.first(Register.PERSONS,
                Filter.NONE.withPeriod(LocalDate.of(1981, 1, 1), LocalDate.of(1981, 12, 31)), Sort.ENTERED, 1000);
        assertTrue(!in1981.isEmpty() && in1981.stream().allMatch(r -> r.entry().date("birth_date").getYear() == 1981));
    }

    @Test
    void searchByPinyinInitialsNameAndHousehold() {
        List<Row> zxm = pages.first(Register.PERSONS, Filter.NONE.withSearch("zxm"), Sort.ENTERED, 1000);
        assertTrue(!zxm.isEmpty() && zxm.stream().allMatch(r -> r.entry().text("name").equals("张晓明")));
        // 乐 reads le or yue: both initials find it.
        assertTrue(pages.first(Register.PERSONS, Filter.NONE.withSearch("yl"), Sort.ENTERED, 5).stream()
                .anyMatch(r -> r.entry().text("name").equals("乐乐")));
        assertEquals(List.of("李红"), pages.first(Register.PERSONS, Filter.NONE.withSearch("李"), Sort.ENTERED, 1000)
                .stream().map(r -> r.entry().text("name")).distinct().toList());
        List<Row> h3 = pages.first(Register.PERSONS, Filter.NONE.withSearch("H3"), Sort.ENTERED, 1000);
        assertEquals(List.of(4L, 8L, 12L, 20L, 24L, 28L, 32L, 40L), ids(h3), "i % 4 == 3, except where i % 5 == 0");
        assertTrue(h3.stream().allMatch(r -> "H3".equals(r.entry().text("household_no"))));
        assertEquals(0, pages.first(Register.PERSONS, Filter.NONE.withSearch("%"), Sort.ENTERED, 1000).size(),
                "a % typed is a character, not a wildcard");
    }

    @Test
    void onlyTheGivenRecordsPagedLikeAny() {
        Filter f = Filter.only(List.of(3L, 5L, 8L, 13L, 21L, 34L));
        assertEquals(List.of(3L, 5L, 8L), ids(pages.first(Register.PERSONS, f, Sort.ENTERED, 3)));
        assertEquals(List.of(13L, 21L, 34L), ids(pages.after(Register.PERSONS, f, Sort.ENTERED,
                pages.first(Register.PERSONS, f, Sort.ENTERED, 3).get(2), false, 10)));
        walkMatchesWhole(f, new Sort("name", true));
        assertEquals(List.of(), ids(pages.first(Register.PERSONS, Filter.only(List.of()), Sort.ENTERED, 5)));
    }

    @Test
    void namesSortInPinyinOrderNotByCodePoint() throws Exception {
        db.write(h -> {
            try (RegisterStore.Inserter persons = new RegisterStore(db).inserter(Register.PERSONS, "t")) {
                for (String name : new String[] {"任一", "何二", "刘三", "区四", "曾五"}) {
                    persons.insert(Entry.of(Register.PERSONS, "name", name, "sex", "F",
                            "birth_date", LocalDate.of(1990, 1, 1), "area_code", EAST, "residence", "resident"));
                }
            }
            return null;
        });
        List<String> names = pages.first(Register.PERSONS, Filter.NONE, new Sort("name", false), 1000).stream()
                .map(r -> r.entry().text("name")).distinct().toList();
        // he li liu ou ren wang yue(乐 as a surname) zeng(曾 as a surname) zhang-san zhang-xiao zhao
        assertEquals(List.of("何二", "李红", "刘三", "区四", "任一", "王五", "乐乐", "曾五", "张三", "张晓明", "赵六"), names);
        List<String> down = pages.first(Register.PERSONS, Filter.NONE, new Sort("name", true), 1000).stream()
                .map(r -> r.entry().text("name")).distinct().toList();
        assertEquals("赵六", down.get(0));
        assertEquals("何二", down.get(down.size() - 1));
        walkMatchesWhole(Filter.NONE, new Sort("name", false));
    }

    @Test
    void aNameChangedInAFormSortsByItsNewName() throws Exception {
        RegisterStore store = new RegisterStore(db);
        Entry first = store.find(Register.PERSONS, 1).entry();
        db.write(h -> {
            store.update(1, null, first.with("name", "阿大"), "t");
            return null;
        });
        assertEquals(1L, pages.first(Register.PERSONS, Filter.NONE, new Sort("name", false), 1).get(0).id(),
                "阿 (a) first");
    }

    @Test
    void aDatabaseMadeBeforeNamesSortedGetsTheirKeysWhenOpened() throws Exception {
        db.handle().execute("ALTER TABLE person DROP COLUMN name_sort");
        db.handle().execute("ALTER TABLE area DROP COLUMN name_sort");
        for (String drop : new String[] {"scheme DROP COLUMN name_sort", "birth DROP COLUMN child_name_sort",
                "birth DROP COLUMN mother_name_sort", "death DROP COLUMN name_sort",
                "marriage DROP COLUMN woman_name_sort", "marriage DROP COLUMN man_name_sort",
                "migration DROP COLUMN name_sort", "benefit DROP COLUMN name_sort", "visit DROP COLUMN visitor_sort"}) {
            db.handle().execute("ALTER TABLE " + drop);
        }
        db.handle().execute("DROP TABLE kept_figures"); // came later still (V8)
        db.handle().execute("PRAGMA user_version = " + (Migrations.NAME_SORT - 1));
        db.close();
        db = taizhang.testing.Admin.signIn(Database.open(dir.resolve("t.db")));
        pages = new RegisterPage(db);
        assertEquals(taizhang.domain.Pinyin.sortKey("李红"), db.handle()
                .createQuery("SELECT name_sort FROM person WHERE id = 2").mapTo(String.class).one());
        assertEquals(0, (int) db.handle().createQuery("SELECT count(*) FROM person WHERE name_sort IS NULL")
                .mapTo(Integer.class).one());
        List<String> names = pages.first(Register.PERSONS, Filter.NONE, new Sort("name", false), 1000).stream()
                .map(r -> r.entry().text("name")).distinct().toList();
        assertEquals(List.of("李红", "王五", "乐乐", "张三", "张晓明", "赵六"), names);
    }

    /**
     * Without statistics SQLite read the benefits register through benefit_area_month (it holds
     * `voided`) and looked every row up from there: 4 s a page on 1.4 million benefits, where reading
     * the table takes 0.4 s. A village's page still goes through the area index.
     */
    @Test
    void aWholeRegisterIsReadStraightThroughAVillageByItsIndex() {
        for (Sort s : List.of(Sort.ENTERED, new Sort("name", false), new Sort("scheme", true))) {
            for (Filter f : List.of(Filter.NONE, Filter.NONE.withSearch("wxl"), Filter.NONE.withVoided(true))) {
                String plan = plan(Register.BENEFITS, f, s);
                assertFalse(plan.contains("USING INDEX"), s + " " + f + ": " + plan);
            }
            assertTrue(plan(Register.BENEFITS, Filter.NONE.withArea(EAST), s).contains("INDEX benefit_area_month"));
        }
    }

    private String plan(Register r, Filter f, Sort s) {
        List<Object> params = new ArrayList<>();
        String sql = pages.select(r, f, s, null, true, true, 20, params);
        StringBuilder plan = new StringBuilder();
        db.select("EXPLAIN QUERY PLAN " + sql, params, rs -> plan.append(rs.getString("detail")).append("; "));
        return plan.toString();
    }

    @Test
    void voidedRecordsAreNotListed() throws Exception {
        new Records(db, LocalDate.of(2026, 11, 20)).voidRecord(Register.PERSONS, 1, 1, "dup");
        assertEquals(2L, pages.first(Register.PERSONS, Filter.NONE, Sort.ENTERED, 1).get(0).id());
    }
}
