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

@Command(name = "close", mixinStandardHelpOptions = true)
final class CloseCommand implements Callable<Integer> {

    @ParentCommand
    Main main;


    @Option(names = "--period", required = true, paramLabel = "MONTH")
    String period;

    @Option(names = "--reopen")
    boolean reopen;

    @Option(names = "--reason", paramLabel = "TEXT")
    String reason;

    @Override
    public Integer call() {
        Context ctx = main.context();
        Period p = Period.parse(period);
        if (p.kind() != Period.Kind.MONTH) {
            throw new Failure.InvalidInput("only_a_month", p);
        }
        YearMonth month = YearMonth.of(p.year(), p.part());
        try (Database db = ctx.open(Role.Permission.CLOSE_MONTHS)) {
            Closing closing = new Closing(new Tally(db));
            if (reopen) {
                closing.reopen(month, reason, Clock.systemUTC().instant());
                main.err().println(main.wording().get("reopened", month, reason.strip()));
            } else {
                if (reason != null) {
                    throw new Failure.InvalidInput("reason_needs_reopen");
                }
                ClosedMonths.Close close = closing.close(month, ctx.today(), Clock.systemUTC());
                main.err().println(main.wording().get("closed", month, close.when(), close.closedBy()));
            }
        }
        return 0;
    }
}
