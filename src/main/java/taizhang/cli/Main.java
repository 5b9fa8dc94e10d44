package taizhang.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The command line of SPEC section 7. */
@Command(name = "taizhang", mixinStandardHelpOptions = true, version = "taizhang 0.1.0",
        description = "The township register (台账): keep the registers, produce the monthly tallies.",
        subcommands = {InitCommand.class, ReportCommand.class, CloseCommand.class
},
        usageHelpAutoWidth = true)
public final class Main implements Callable<Integer> {

    @Option(names = "--db", scope = ScopeType.INHERIT, paramLabel = "FILE",
            description = "the database file (default: data/taizhang.db)")
    Path db;

    @Option(names = "--lang", scope = ScopeType.INHERIT, paramLabel = "zh|en",
            description = "interface language (default: from the locale)")
    String lang;

    @Override
    public Integer call() {
        return Screens.open(context());
    }

    /** The process environment; tests replace it to fix TAIZHANG_TODAY. */
    java.util.Map<String, String> environment = System.getenv();

    Context context() {
        return Context.of(db, lang, environment);
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
    }

    /** Runs a command line, writing to the given streams; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(new Main(), args, out, err);
    }

    static int run(Main main, String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(main);
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println(Failure.message(e));
            commandLine.getErr().flush();
            return Failure.exitCode(e);
        });
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
