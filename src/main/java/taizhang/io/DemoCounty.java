package taizhang.io;

import java.time.LocalDate;
import taizhang.storage.Database;

/** The fictional demo county (codes 99...), generated deterministically. */
public final class DemoCounty {
    private DemoCounty() {
    }

    public static final int DEFAULT_PERSONS = 20_000;
    public static final long DEFAULT_SEED = 1;

    /** Fills an initialised database with the demo county, in one transaction. */
    public static void fill(Database db, int persons, long seed, LocalDate today, String user) {
        throw new UnsupportedOperationException("demo county: being written");
    }
}
