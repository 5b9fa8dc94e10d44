package taizhang.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * V9 makes the person and birth tables again (their choice checks written as comparisons, which
 * SQLite checks far faster than an IN list) and drops the unused household index: a database
 * made before it keeps every row, id and value, the same indexes otherwise, and the same rules.
 */
class CheaperRowsMigrationTest {
    @TempDir
    Path dir;

    private static final String PERSONS = "SELECT id, id_number, name, sex, birth_date, area_code, household_no,"
            + " residence, marital_status, phone, died_on, search_key, created_at, updated_at, changed_by, voided,"
            + " void_reason, version, name_sort FROM person ORDER BY id";
    private static final String BIRTHS = "SELECT * FROM birth ORDER BY id";

    /** A database as taizhang left it at V7, with a few persons and births in it. */
    private Path databaseAtV7() throws SQLException {
        Path file = dir.resolve("old.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            for (String script : Migrations.SCRIPTS.subList(0, 7)) {
                for (String statement : Migrations.statements(Migrations.read(script))) {
                    s.execute(statement);
                }
            }
            s.execute("PRAGMA user_version = 7");
            s.execute("INSERT INTO area (code, name, parent_code, created_at, updated_at) VALUES"
                    + " ('990101', '县', NULL, 't', 't'), ('990101101201', '村', '990101', 't', 't')");
            s.execute("INSERT INTO person (id, id_number, name, sex, birth_date, area_code, household_no, residence,"
                    + " marital_status, phone, died_on, search_key, created_at, updated_at, changed_by, voided,"
                    + " void_reason, version, name_sort) VALUES"
                    + " (5, '990101198808180011', '张三', 'M', '1988-08-18', '990101101201', '201000001', 'inflow',"
                    + " 'married', '13800000000', NULL, '|张三|zs|', 'c1', 'u1', 'li', 0, NULL, 3, 'zhang1 san1'),"
                    + " (9, NULL, '乐乐', 'F', '2020-01-02', '990101101201', NULL, 'resident', NULL, NULL,"
                    + " '2021-03-04', '|乐乐|ll yy|', 'c2', 'u2', NULL, 1, 'entered twice', 1, 'le4 le4')");
            s.execute("INSERT INTO birth (id, child_name, child_sex, birth_date, birth_order, mother_id_number,"
                    + " mother_name, area_code, place, certificate_no, registered_on, created_at, updated_at,"
                    + " child_name_sort, mother_name_sort) VALUES (3, '张小凤', 'F', '2026-11-20', 1,"
                    + " '990101199001010023', '王丽', '990101101201', 'home', 'C1', '2026-11-21', 'c', 'u', 'a', 'b')");
        }
        return file;
    }

    private static List<List<Object>> rows(Connection c, String sql) throws SQLException {
        List<List<Object>> rows = new java.util.ArrayList<>();
        try (Statement s = c.createStatement(); java.sql.ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                List<Object> row = new java.util.ArrayList<>();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    row.add(rs.getObject(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private static List<String> indexes(Connection c, String table) throws SQLException {
        return rows(c, "SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = '" + table
                + "' AND sql IS NOT NULL ORDER BY name").stream().map(r -> (String) r.get(0)).toList();
    }

    @Test
    void aDatabaseMadeBeforeKeepsEveryRowAndIndexAndTheSameRules() throws Exception {
        Path file = databaseAtV7();
        List<List<Object>> persons;
        List<List<Object>> births;
        List<String> personIndexes;
        List<String> birthIndexes;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            persons = rows(c, PERSONS);
            births = rows(c, BIRTHS);
            personIndexes = indexes(c, "person");
            birthIndexes = indexes(c, "birth");
        }
        assertTrue(personIndexes.stream().anyMatch(i -> i.contains("person_household")));

        Database.open(file).close();

        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            assertEquals(Migrations.latest(), ((Number) rows(c, "PRAGMA user_version").get(0).get(0)).intValue());
            assertEquals(persons, rows(c, PERSONS));
            assertEquals(births, rows(c, BIRTHS));
            assertEquals(personIndexes.stream().filter(i -> !i.contains("person_household")).toList(),
                    indexes(c, "person"));
            assertEquals(birthIndexes, indexes(c, "birth"));
            assertFalse(rows(c, "SELECT sql FROM sqlite_master WHERE name = 'person'").get(0).get(0).toString()
                    .contains(" IN ('resident'"));
            assertEquals(List.of(), rows(c, "PRAGMA foreign_key_check"));
            assertEquals("ok", rows(c, "PRAGMA integrity_check").get(0).get(0));

            // The rules are the same: a residence, marital status or place outside its list is refused.
            String person = "INSERT INTO person (name, sex, birth_date, area_code, residence, marital_status,"
                    + " created_at, updated_at) VALUES ('甲', 'M', '2000-01-01', '990101101201', %s, %s, 't', 't')";
            assertThrows(SQLException.class, () -> s.execute(String.format(person, "'abroad'", "NULL")));
            assertThrows(SQLException.class, () -> s.execute(String.format(person, "'resident'", "'engaged'")));
            assertThrows(SQLException.class, () -> s.execute(String.format(person, "'resident'", "''")));
            s.execute(String.format(person, "'outflow'", "'widowed'"));
            s.execute(String.format(person, "'resident'", "NULL"));
            String birth = "INSERT INTO birth (child_sex, birth_date, birth_order, mother_name, area_code, place,"
                    + " registered_on, created_at, updated_at) VALUES ('M', '2026-01-01', 1, '王丽', '990101101201',"
                    + " %s, '2026-01-02', 't', 't')";
            assertThrows(SQLException.class, () -> s.execute(String.format(birth, "'clinic'")));
            s.execute(String.format(birth, "'other'"));
            s.execute(String.format(birth, "NULL"));
        }
    }
}
