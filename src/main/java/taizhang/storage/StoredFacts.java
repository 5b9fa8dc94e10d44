package taizhang.storage;

import java.time.LocalDate;
import taizhang.domain.AreaLevel;
import taizhang.domain.Facts;

/** What the register holds, asked of the database one question at a time (forms, small imports). */
public final class StoredFacts implements Facts {
    private final Database db;
    private final LocalDate today;

    public StoredFacts(Database db, LocalDate today) {
        this.db = db;
        this.today = today;
    }

    @Override
    public LocalDate today() {
        return today;
    }

    @Override
    public AreaLevel areaLevel(String code) {
        boolean there = db.handle().createQuery("SELECT count(*) FROM area WHERE code = ? AND voided = 0")
                .bind(0, code).mapTo(Integer.class).one() > 0;
        return there ? AreaLevel.of(code) : null;
    }

    /** Every live area's code and its parent's (null for the root), for an import to hold in memory. */
    public void eachArea(java.util.function.BiConsumer<String, String> action) {
        db.handle().createQuery("SELECT code, parent_code FROM area WHERE voided = 0")
                .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2)})
                .forEach(a -> action.accept(a[0], a[1]));
    }

    /** The codes of the live schemes. */
    public java.util.List<String> schemeCodes() {
        return db.handle().createQuery("SELECT code FROM scheme WHERE voided = 0").mapTo(String.class).list();
    }

    /** The ID number of every living person, whatever the scope: the rule is the whole register's. */
    public void eachLivingIdNumber(java.util.function.Consumer<String> action) {
        db.handle().createQuery("SELECT id_number FROM person WHERE id_number IS NOT NULL"
                + " AND died_on IS NULL AND voided = 0").mapTo(String.class).forEach(action);
    }

    @Override
    public String rootCode() {
        return db.handle().createQuery("SELECT code FROM area WHERE parent_code IS NULL AND voided = 0 LIMIT 1")
                .mapTo(String.class).findOne().orElse(null);
    }

    @Override
    public boolean hasScheme(String code) {
        return db.handle().createQuery("SELECT count(*) FROM scheme WHERE code = ? AND voided = 0")
                .bind(0, code).mapTo(Integer.class).one() > 0;
    }

    @Override
    public boolean livingPersonHas(String idNumber) {
        return db.handle().createQuery("SELECT count(*) FROM person WHERE id_number = ?"
                        + " AND died_on IS NULL AND voided = 0")
                .bind(0, idNumber).mapTo(Integer.class).one() > 0;
    }

    @Override
    public PersonState person(String idNumber) {
        return db.handle().createQuery("SELECT died_on FROM person WHERE id_number = ? AND voided = 0"
                        + " ORDER BY died_on IS NOT NULL, id DESC LIMIT 1")
                .bind(0, idNumber)
                .map((rs, ctx) -> new PersonState(rs.getString(1) == null ? null : LocalDate.parse(rs.getString(1))))
                .findOne().orElse(null);
    }

    @Override
    public boolean hasBirth(BirthKey key) {
        boolean byId = !key.mother().startsWith("name:");
        String sql = "SELECT count(*) FROM birth WHERE voided = 0 AND birth_date = ? AND child_sex = ?"
                + " AND coalesce(child_name, '') = ? AND "
                + (byId ? "mother_id_number = ?" : "mother_id_number IS NULL AND mother_name = ?");
        return db.handle().createQuery(sql)
                .bind(0, key.birthDate().toString()).bind(1, key.childSex()).bind(2, key.childName())
                .bind(3, byId ? key.mother() : key.mother().substring("name:".length()))
                .mapTo(Integer.class).one() > 0;
    }
}
