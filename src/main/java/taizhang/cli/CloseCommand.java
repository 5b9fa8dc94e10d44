package taizhang.cli;

import java.time.Clock;
import java.time.YearMonth;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import taizhang.domain.Period;
import taizhang.domain.Role;
import taizhang.storage.Database;
import taizhang.storage.ClosedMonths;
import taizhang.tally.Closing;
import taizhang.tally.Tally;

@Command(name = "close", mixinStandardHelpOptions = true,
        description = "Freeze a month's tally as submitted (with when and by whom), or reopen it with a reason.")
final class CloseCommand implements Callable<Integer> {

    @ParentCommand
    Main main;


    @Option(names = "--period", required = true, paramLabel = "MONTH", description = "the month, as 2026-10")
    String period;

    @Option(names = "--reopen", description = "reopen a closed month (needs --reason)")
    boolean reopen;

    @Option(names = "--reason", paramLabel = "TEXT", description = "why the month is reopened")
    String reason;

    @Override
    public Integer call() {
        Context ctx = main.context();
        Period p = Period.parse(period);
        if (p.kind() != Period.Kind.MONTH) {
            throw new Failure.InvalidInput("only a month can be closed, not " + p + " (write YYYY-MM)");
        }
        YearMonth month = YearMonth.of(p.year(), p.part());
        try (Database db = ctx.open(Role.Permission.CLOSE_MONTHS)) {
            Closing closing = new Closing(new Tally(db));
            if (reopen) {
                closing.reopen(month, reason, Clock.systemUTC().instant());
                main.err().println("reopened " + month + ": " + reason.strip());
            } else {
                if (reason != null) {
                    throw new Failure.InvalidInput("--reason goes with --reopen");
                }
                ClosedMonths.Close close = closing.close(month, ctx.today(), Clock.systemUTC());
                main.err().println("closed " + month + " at " + close.closedAt() + " by " + close.closedBy());
            }
        }
        return 0;
    }
}
