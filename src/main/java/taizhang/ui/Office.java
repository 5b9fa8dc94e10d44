package taizhang.ui;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import taizhang.domain.Account;
import taizhang.domain.Facts;
import taizhang.storage.CodeLists;
import taizhang.storage.Database;
import taizhang.storage.RegisterPage;
import taizhang.storage.Records;
import taizhang.storage.RegisterStore;
import taizhang.storage.Settings;
import taizhang.storage.StoredFacts;
import taizhang.storage.Summary;

/** The services the screens ask (the same storage the command line uses), today and the clerk. */
public final class Office {
    final RegisterPage pages;
    final Records records;
    final RegisterStore store;
    final CodeLists codes;
    final Summary summary;
    final Settings settings;
    final taizhang.tally.Tally tally;
    final taizhang.tally.Closing closing;
    final Facts facts;
    private taizhang.reconcile.Reconciliation reconciliation;
    final LocalDate today;
    final Account account;
    final taizhang.storage.Audit audit;
    private final Database db;
    final String file;
    final java.nio.file.Path path;
    private Map<String, String> areaNames;
    private Map<String, String> schemeNames;

    /** Home's figures shared by the sessions of a server (null: this office reads its own). */
    private final SharedHome shared;

    /** Over a database an account has signed in on (everything read is narrowed to its scope). */
    public Office(Database db, LocalDate today) {
        this(db, today, null);
    }

    /** The same, home's figures shared through {@code shared} with the server's other sessions. */
    public Office(Database db, LocalDate today, SharedHome shared) {
        this.shared = shared;
        this.pages = new RegisterPage(db);
        this.records = new Records(db, today);
        this.account = db.account();
        this.audit = new taizhang.storage.Audit(db);
        this.db = db;
        this.store = new RegisterStore(db);
        this.codes = new CodeLists(db);
        this.summary = new Summary(db);
        this.settings = new Settings(db);
        this.tally = new taizhang.tally.Tally(db);
        this.closing = new taizhang.tally.Closing(tally);
        this.facts = new StoredFacts(db, today);
        this.today = today;
        this.file = db.file().getFileName().toString();
        this.path = db.file();
    }

    /** What home shows at once: record counts and months not closed. */
    HomeView.Figures homeFigures() {
        return shared != null ? shared.figures(this) : HomeView.Figures.read(summary, closing, today);
    }

    /**
     * What home's figures depend on besides the data: the day, what the account may see, and the
     * language of their labels (null: figures without labels). One definition for the server's
     * shared home and for home kept between starts.
     */
    String homeKey(taizhang.domain.Language language) {
        return today + " " + account.role() + " " + account.scope().codes() + " " + language;
    }

    /** Whether home's figures counted here are kept for a start (not a server's: it shares them between its sessions). */
    boolean keepsHome() {
        return shared == null;
    }

    /** What home shows after the first frame: the tally's headline figures and the records with warnings. */
    HomeView.Slow homeSlow(taizhang.domain.Language language) {
        return shared != null ? shared.slow(this, language) : HomeView.Slow.read(this, language);
    }

    Database database() {
        return db;
    }

    /** Reconciliations of lists of births, made when first asked (start-up loads nothing it does not draw). */
    taizhang.reconcile.Reconciliation reconciliation() {
        if (reconciliation == null) {
            reconciliation = new taizhang.reconcile.Reconciliation(db, today);
        }
        return reconciliation;
    }

    /** Writes an audit entry about something that left the office (an export from a screen). */
    void record(String action, String register, Map<String, Object> detail) {
        taizhang.storage.Audit.record(db, action, register, detail);
    }

    /**
     * A connection of its own for slow work beside the screens (home's headline figures, the
     * sparkline), signed in as the same account so that it sees what the screens see.
     */
    Database another() {
        return Database.open(path).actAs(account);
    }

    /** Changes when another connection (clerk, session) has saved since last asked. */
    long dataVersion() {
        return db.dataVersion();
    }

    /** Area names by code, read once (a county has a few hundred areas at most). */
    String areaName(String code) {
        if (areaNames == null) {
            Map<String, String> names = new HashMap<>();
            codes.areas().forEach(a -> names.put(a.code(), a.name()));
            areaNames = names;
        }
        return areaNames.get(code);
    }

    /** Scheme names by code, read once. */
    String schemeName(String code) {
        if (schemeNames == null) {
            Map<String, String> names = new HashMap<>();
            codes.schemes().forEach(s -> names.put(s.code(), s.name()));
            schemeNames = names;
        }
        return schemeNames.get(code);
    }

    /** Areas or schemes were added, changed or voided: names are read again when next needed. */
    void areasChanged() {
        areaNames = null;
        schemeNames = null;
    }
}
