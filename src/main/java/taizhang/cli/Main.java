package taizhang.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The command line of SPEC section 7. Every text it shows, its usage help included, comes from
 * {@code cli_en.properties} or {@code cli_zh.properties}, chosen by {@code --lang} or the locale.
 */
@Command(name = "taizhang", mixinStandardHelpOptions = true, version = "taizhang 0.1.0", usageHelpAutoWidth = true)
public final class Main implements Callable<Integer> {

    /** Every command, in the order usage help lists them ({@link #commandLine} adds them). */
    private static final List<Class<?>> COMMANDS = List.of(InitCommand.class, ImportCommand.class,
            ExportCommand.class, PopulationCommand.class, BackupCommand.class, CheckCommand.class, DemoCommand.class,
            ReportCommand.class, CloseCommand.class, AccountCommand.class, AuditCommand.class,
            ReconcileCommand.class, ServeCommand.class, TrainCommand.class);

    @Option(names = "--db", scope = ScopeType.INHERIT, paramLabel = "FILE", descriptionKey = "db")
    Path db;

    @Option(names = "--lang", scope = ScopeType.INHERIT, paramLabel = "zh|en", descriptionKey = "lang",
            converter = Checked.LanguageName.class)
    String lang;

    /** The process environment, or a test's stand-in for it (TAIZHANG_TODAY, LANG, USER). */
    private Map<String, String> environment = System.getenv();
    /** The operating-system user, from the process's uid; a test names one of its own. */
    private String osUser;
    private PrintWriter out;
    private PrintWriter err;
    private Wording wording;
    private boolean errTerminal;

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

    /** What the command line says, in the run's language. */
    Wording wording() {
        return wording;
    }

    /** A progress line for long work: drawn on standard error when it is a terminal, else nothing. */
    ProgressLine progress(String unitKey) {
        return new ProgressLine(errTerminal ? err : null, wording, unitKey);
    }

    /**
     * What a command that took data out says when its audit entry must wait for another process's
     * long write (an import): in words, on a line of its own below the cleared progress line.
     */
    Runnable waitingToRecord(ProgressLine progress) {
        return () -> {
            progress.close();
            waitingToRecord().run();
        };
    }

    /** The same, with no progress line drawn. */
    Runnable waitingToRecord() {
        return () -> {
            err.println(wording.get("waiting_to_record", taizhang.storage.Database.LONG_WAIT_MS / 60_000));
            err.flush();
        };
    }

    @Override
    public Integer call() {
        return Screens.open(context(), wording);
    }

    Context context() {
        return Context.of(db, lang, environment, osUser, () -> {
            err.println(wording.get("waiting_for_write", taizhang.storage.Database.BUSY_TIMEOUT_MS / 1000));
            err.flush();
        });
    }

    /**
     * Jdbi, sqlite-jdbc and SSHD log through SLF4J, which we silence with its no-op provider. Named
     * here, SLF4J takes it at once; else it looks through every jar on the class path for
     * providers, ~30 ms of opening the first database (on the way to a complete home). SLF4J says
     * on standard error that it took a named provider unless told to say warnings only.
     */
    static void quietLogging() {
        if (System.getProperty("slf4j.provider") == null) {
            System.setProperty("slf4j.provider", "org.slf4j.nop.NOPServiceProvider");
            System.setProperty("slf4j.internal.verbosity", "WARN");
        }
    }

    public static void main(String[] args) {
        quietLogging();
        String[] screens = ScreensLine.parse(args);
        if (screens != null) {
            System.exit(ScreensLine.open(screens, System.getenv(), null,
                    new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
        }
        // The launcher says whether standard error is a terminal (Java cannot tell for stderr alone).
        boolean errTerminal = "true".equals(System.getProperty("taizhang.stderrTerminal"));
        System.exit(run(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8), System.getenv(), errTerminal));
    }

    /**
     * The command line for {@code args}, with the one command they name, or (usage help, a name
     * not known, none) with every command. Picocli reads a command's annotations by reflection
     * when it is added, ~90 ms for all of them on every run; a run needs only its own.
     */
    static CommandLine commandLine(Main main, String[] args) {
        CommandLine cl = new CommandLine(main);
        String named = commandName(args);
        List<Class<?>> commands = COMMANDS.stream()
                .filter(c -> c.getAnnotation(Command.class).name().equals(named)).toList();
        for (Class<?> command : commands.isEmpty() ? COMMANDS : commands) {
            cl.addSubcommand(command);
        }
        return cl;
    }

    /** The first argument that is neither an option of the command line itself nor its value. */
    private static String commandName(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--db") || args[i].equals("--lang")) {
                i++;
            } else if (!args[i].startsWith("-")) {
                return args[i];
            }
        }
        return null;
    }

    /** Runs a command line, writing to the given streams; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err, Map<String, String> environment) {
        return run(args, out, err, environment, OsUser.current(), false);
    }

    /** The same, as the given operating-system user (tests act as several clerks in one process). */
    public static int run(String[] args, PrintWriter out, PrintWriter err, Map<String, String> environment,
                          String osUser) {
        return run(args, out, err, environment, osUser, false);
    }

    /** As {@link #run(String[], PrintWriter, PrintWriter, Map)}; {@code errTerminal}: draw progress on {@code err}. */
    public static int run(String[] args, PrintWriter out, PrintWriter err, Map<String, String> environment,
                          boolean errTerminal) {
        return run(args, out, err, environment, OsUser.current(), errTerminal);
    }

    /** The whole of it: as {@code osUser}, progress drawn on {@code err} when {@code errTerminal}. */
    public static int run(String[] args, PrintWriter out, PrintWriter err, Map<String, String> environment,
                          String osUser, boolean errTerminal) {
        Main main = new Main();
        main.environment = environment;
        main.osUser = osUser;
        main.out = out;
        main.err = err;
        main.errTerminal = errTerminal;
        main.wording = Wording.of(Wording.language(args, environment));
        CommandLine cl = commandLine(main, args);
        cl.setResourceBundle(main.wording.messages().bundle());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println(main.wording.failure(e));
            commandLine.getErr().flush();
            return Failure.EXIT_CODE;
        });
        cl.setParameterExceptionHandler((e, given) -> {
            PrintWriter w = e.getCommandLine().getErr();
            w.println(main.wording.get("failure.prefix") + Usage.message(e, main.wording));
            w.println(main.wording.get("usage.see", e.getCommandLine().getCommandSpec().qualifiedName()));
            w.flush();
            return Failure.USAGE;
        });
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
