package taizhang.testing;

import java.nio.file.Path;
import taizhang.domain.Account;
import taizhang.storage.Audit;
import taizhang.storage.Database;

/** The audit trail of a database as text, one entry a line: {@code LOGIN ACTION DETAIL}. */
public final class AuditLines {
    private AuditLines() {
    }

    public static String of(Path db) {
        StringBuilder b = new StringBuilder();
        try (Database d = Database.open(db)) {
            d.actAs(Account.fileOwner(Cli.OS_USER));
            new Audit(d).list(Audit.Filter.ALL, e -> b.append(e.login()).append(' ').append(e.action()).append(' ')
                    .append(e.detail()).append('\n'));
        }
        return b.toString();
    }
}
