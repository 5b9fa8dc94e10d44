package taizhang.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import taizhang.domain.Account;
import taizhang.domain.IsoDate;
import taizhang.domain.Language;
import taizhang.domain.Problem;
import taizhang.domain.Refusal;
import taizhang.domain.Role;
import taizhang.domain.Today;
import taizhang.storage.Accounts;
import taizhang.storage.Database;

/**
 * What every command needs from outside: the database path, language, today and the
 * operating-system user the process runs as (which account that is, the database says).
 */
record Context(Path db, Language language, LocalDate today, String osUser, Runnable waiting) {

    static Context of(Path db, String lang, Map<String, String> env, String osUser) {
        return of(db, lang, env, osUser, () -> { });
    }

    /** {@code waiting}: what a command says when its write waits for another process's (SPEC 10). */
    static Context of(Path db, String lang, Map<String, String> env, String osUser, Runnable waiting) {
        Path file = file(db);
        Language language = lang != null ? Language.parse(lang) : localeLanguage(env);
        return new Context(file, language, Today.resolve(env, systemClock(System.getProperty(LAUNCHER_TODAY))), osUser,
                waiting);
    }

    /** Today's date as the launcher read it from the system, when it did. */
    static final String LAUNCHER_TODAY = "taizhang.systemToday";

    /**
     * The system's clock; or, when the launcher read today's date from the system itself (bash's
     * strftime, in the system's time zone), a clock fixed at that date. Java's own reading loads
     * the time-zone database twice (java.util's and java.time's, ~50 ms on one thread), and it
     * stood between the screens and their first frame, which shows the date.
     */
    static Clock systemClock(String launcherToday) {
        LocalDate launched = launcherDate(launcherToday);
        return launched == null ? Clock.systemDefaultZone()
                : Clock.fixed(launched.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
    }

    /** The launcher's date, or null when it gave none or none that reads as one. */
    private static LocalDate launcherDate(String text) {
        if (text == null) {
            return null;
        }
        try {
            return IsoDate.parse(text);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /**
     * Opens the database signed in as the account of this OS user (SPEC 9), refusing with the
     * SPEC's message when there is none, or when its role may not do {@code needed}.
     */
    Database open(Role.Permission needed) {
        return open(needed, writes(needed));
    }

    /**
     * The same, saying whether the command writes the database (its work, or only its audit
     * entry): one that does is refused on a read-only database before it reads any input (SPEC 10).
     */
    Database open(Role.Permission needed, boolean writes) {
        if (writes && java.nio.file.Files.isRegularFile(db)) {
            Database.requireWritable(db);
        }
        Database opened = Database.open(db);
        try {
            Account account = new Accounts(opened).whoIs(osUser, true);
            if (account == null) {
                throw new Refusal(Problem.Code.NO_ACCOUNT, osUser);
            }
            opened.actAs(account);
            opened.sayWhenWaiting(waiting);
            if (needed != null && !account.may(needed)) {
                throw new Refusal(Problem.Code.NOT_PERMITTED, account.login(), account.role(), needed);
            }
            return opened;
        } catch (RuntimeException e) {
            opened.close();
            throw e;
        }
    }

    /** Whether a command that needs this permission writes the database (exports and backups are audited). */
    private static boolean writes(Role.Permission p) {
        return switch (p) {
            case READ, SEE_FULL_NUMBERS, REPORT, CHECK -> false;
            case WRITE, IMPORT, EXPORT, CLOSE_MONTHS, RESTORE, ADMINISTER, BACKUP -> true;
        };
    }

    /** The database named by --db, or the default one. */
    static Path file(Path db) {
        return db != null ? db : home().resolve("data").resolve("taizhang.db");
    }

    /** The folder of the launcher (set by ./taizhang), else the working directory. */
    static Path home() {
        String home = System.getProperty("taizhang.home");
        return Path.of(home != null ? home : ".");
    }

    static Language localeLanguage(Map<String, String> env) {
        // TAIZHANG_LOCALE: the user's own locale, when the launcher had to run Java under a UTF-8 one.
        String own = env.get("TAIZHANG_LOCALE");
        if (own != null && !own.isEmpty()) {
            return Language.fromLocale(own);
        }
        Language fromVariables = Language.fromVariables(env);
        return fromVariables != null ? fromVariables : Language.fromLocale(System.getProperty("user.language"));
    }
}
