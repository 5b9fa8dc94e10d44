package taizhang.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;

/**
 * The command line that opens the screens, {@code taizhang [--db FILE] [--lang zh|en]}, read
 * without picocli: building picocli's model of every subcommand costs more than a third of the
 * way to the first screen. Anything else (a subcommand, --help, a bad value) goes to picocli.
 */
final class ScreensLine {
    private ScreensLine() {
    }

    /** {db, lang} (each possibly null) when the arguments only open the screens; else null. */
    static String[] parse(String[] args) {
        String db = null;
        String lang = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String value;
            String name;
            if (a.startsWith("--db=") || a.startsWith("--lang=")) {
                name = a.substring(0, a.indexOf('='));
                value = a.substring(a.indexOf('=') + 1);
            } else if ((a.equals("--db") || a.equals("--lang")) && i + 1 < args.length) {
                name = a;
                value = args[++i];
            } else {
                return null;
            }
            if (value.isEmpty() || value.startsWith("-")) {
                return null;
            }
            if (name.equals("--db")) {
                db = value;
            } else if (value.equals("zh") || value.equals("en")) {
                lang = value;
            } else {
                return null;
            }
        }
        return new String[] {db, lang};
    }

    /** Opens the screens; returns the exit code, with failures reported as the commands report them. */
    static int open(String[] line, Map<String, String> environment, PrintWriter err) {
        try {
            return Screens.open(Context.of(line[0] == null ? null : Path.of(line[0]), line[1], environment));
        } catch (RuntimeException e) {
            err.println(Failure.message(e));
            err.flush();
            return Failure.exitCode(e);
        }
    }
}
