package taizhang.storage;

import taizhang.domain.Entry;
import taizhang.domain.Problem;
import taizhang.domain.Register;

/**
 * Single records written from the screens: add (as an import adds), change and void, each in
 * one transaction that also keeps the population register consistent (a death sets the
 * person's died_on; correcting or voiding it undoes that).
 * Nothing here deletes: a record is voided with its reason.
 */
public final class Records {
    private final Database db;
    private final RegisterStore store;

    public Records(Database db) {
        this.db = db;
        this.store = new RegisterStore(db);
    }

    /** Adds a record with the effects an import gives it (see {@link Registration}). */
    public Registration.Outcome add(Entry e, String user) {
        return db.write(h -> {
            try (Registration registration = new Registration(db, user)) {
                return registration.save(e);
            }
        });
    }

    public void change(long id, Entry e, String user) {
        db.write(h -> {
            RegisterStore.Stored old = store.find(e.register(), id);
            if (old == null) {
                throw new StorageException(Problem.Code.NO_RECORD, e.register(), id);
            }
            store.update(id, e, user);
            if (e.register() == Register.DEATHS) {
                Deaths.withdrawn(h, old.entry(), user);
                Deaths.recorded(h.getConnection(), e, user);
            }
            return null;
        });
    }

    public void voidRecord(Register r, long id, String reason, String user) {
        db.write(h -> {
            RegisterStore.Stored old = store.find(r, id);
            store.voidRecord(r, id, reason, user);
            if (r == Register.DEATHS && old != null) {
                Deaths.withdrawn(h, old.entry(), user);
            }
            return null;
        });
    }

    /** The person registered with this ID number (the living one first), or null. */
    public Entry person(String idNumber) {
        java.util.List<RegisterStore.Stored> found = new java.util.ArrayList<>();
        store.query(Register.PERSONS, "id_number = ? AND voided = 0", java.util.List.of(idNumber),
                "died_on IS NOT NULL, id DESC", 1, found::add);
        return found.isEmpty() ? null : found.get(0).entry();
    }

    public RegisterStore.Stored find(Register r, long id) {
        return store.find(r, id);
    }
}
