package taizhang.testing;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import taizhang.cli.Main;

/** Runs the command line in-process with a fixed "today", capturing what it prints. */
public final class Cli {
    public static final String TODAY = "2026-11-23";

    /** The OS user the runs come from: init makes its admin account, later runs work as it. */
    public static final String OS_USER = "tester";

    private final Path db;
    private final Map<String, String> env = new HashMap<>();
    private String osUser = OS_USER;

    public Cli(Path db) {
        this.db = db;
        env.put("TAIZHANG_TODAY", TODAY);
        env.put("USER", "tester");
        env.put("LANG", "C");
    }

    public Cli today(String date) {
        env.put("TAIZHANG_TODAY", date);
        return this;
    }

    /** Later runs come from this OS user (another clerk). */
    public Cli as(String user) {
        Cli other = new Cli(db);
        other.env.putAll(env);
        other.osUser = user;
        return other;
    }

    public Path db() {
        return db;
    }

    /** What a run printed and returned. */
    public record Result(int code, String out, String err) {
        public List<String> errLines() {
            return err.isEmpty() ? List.of() : List.of(err.split("\n"));
        }
    }

    public Result run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--db");
        all.add(db.toString());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err), env, osUser);
        return new Result(code, out.toString(), err.toString());
    }
}
