package taizhang.serve;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import taizhang.domain.Text;

/**
 * The audit trail as lines on the server's output, {@code TIME LOGIN ACTION DETAIL} (the
 * service's log, which journald keeps): what the server records while the audit table of
 * SPEC section 9 is not there yet. Logins come from the network, so they are written safely.
 */
public final class PrintedTrail implements AuditTrail {
    private final PrintWriter out;
    private final Clock clock;

    public PrintedTrail(PrintWriter out, Clock clock) {
        this.out = out;
        this.clock = clock;
    }

    @Override
    public synchronized void record(String login, String action, String detailJson) {
        Instant at = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        out.println(at + " " + Text.printable(Text.truncate(login, 40)) + " " + action + " " + detailJson);
        out.flush();
    }
}
