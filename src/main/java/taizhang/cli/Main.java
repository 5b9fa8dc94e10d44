package taizhang.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The command line of SPEC section 7. */
@Command(name = "taizhang", mixinStandardHelpOptions = true, version = "taizhang 0.1.0",
        description = "The township register (台账): keep the registers, produce the monthly tallies.",
        subcommands = {InitCommand.class, ImportCommand.class, ExportCommand.class,
                PopulationCommand.class, BackupCommand.class, CheckCommand.class, DemoCommand.class,
                ReportCommand.class, CloseCommand.class, AccountCommand.class, AuditCommand.class,
                ReconcileCommand.class, ServeCommand.class, TrainCommand.class},
        usageHelpAutoWidth = true)
public final class Main implements Callable<Integer> {

    @Option(names = "--db", scope = ScopeType.INHERIT, paramLabel = "FILE",
            description = "the database file (default: data/taizhang.db)")
    Path db;

    @Option(names = "--lang", scope = ScopeType.INHERIT, paramLabel = "zh|en",
            description = "interface language (default: from the locale)")
    String lang;

    /** The process environment, or a test's stand-in for it (TAIZHANG_TODAY, LANG, USER). */
    private Map<String, String> environment = System.getenv();
    /** The operating-system user, from the process's uid; a test names one of its own. */
    private String osUser;
    private PrintWriter out;
    private PrintWriter err;

    /** The process environment (or a test's stand-in for it). */
    Map<String, String> environment() {
        return environment;
    }

    /** Where a command writes its results. */
    PrintWriter out() {
        return out;
    }

    /** Where a command writes its messages, one per problem. */
    PrintWriter err() {
        return err;
    }

    @Override
    public Integer call() {
        return Screens.open(context());
    }

    Context context() {
        return Context.of(db, lang, environment, osUser);
    }

    public static void main(String[] args) {
        String[] screens = ScreensLine.parse(args);
        if (screens != null) {
            System.exit(ScreensLine.open(screens, System.getenv(), OsUser.current(),
                    new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
        }
        System.exit(run(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8), System.getenv()));
    }

    /** Runs a command line, writing to the given streams; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err, Map<String, String> environment) {
        return run(args, out, err, environment, OsUser.current());
    }

    /** The same, as the given operating-system user (tests act as several clerks in one process). */
    public static int run(String[] args, PrintWriter out, PrintWriter err, Map<String, String> environment,
                          String osUser) {
        Main main = new Main();
        main.environment = environment;
        main.osUser = osUser;
        main.out = out;
        main.err = err;
        CommandLine cl = new CommandLine(main);
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println(Failure.message(e));
            commandLine.getErr().flush();
            return Failure.EXIT_CODE;
        });
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
