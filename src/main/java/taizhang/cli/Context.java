package taizhang.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import taizhang.domain.Language;
import taizhang.domain.Today;

/** What every command needs from outside: the database path, language, today and the user. */
record Context(Path db, Language language, LocalDate today, String user) {

    static Context of(Path db, String lang, Map<String, String> env) {
        Path file = file(db);
        Language language = lang != null ? Language.parse(lang) : localeLanguage(env);
        String user = env.getOrDefault("USER", System.getProperty("user.name", "clerk"));
        return new Context(file, language, Today.resolve(env, Clock.systemDefaultZone()), user);
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

    private static Language localeLanguage(Map<String, String> env) {
        // TAIZHANG_LOCALE: the user's own locale, when the launcher had to run Java under a UTF-8 one.
        String own = env.get("TAIZHANG_LOCALE");
        if (own != null && !own.isEmpty()) {
            return Language.fromLocale(own);
        }
        Language fromVariables = Language.fromVariables(env);
        return fromVariables != null ? fromVariables : Language.fromLocale(System.getProperty("user.language"));
    }
}
