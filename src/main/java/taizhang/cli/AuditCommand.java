package taizhang.cli;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import taizhang.domain.Dates;
import taizhang.domain.Register;
import taizhang.domain.Role;
import taizhang.storage.Audit;
import taizhang.storage.Database;

/** {@code taizhang audit}: the audit trail (SPEC 9), listed and filtered, or its chain verified. */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "List the audit trail (who changed what, when), or verify its hash chain with --verify.")
final class AuditCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Option(names = "--register", paramLabel = "REGISTER", converter = RegisterName.class,
            description = "only entries about this register")
    Register register;

    @Option(names = "--record", paramLabel = "ID", description = "only entries about this record")
    Long record;

    @Option(names = "--login", paramLabel = "LOGIN", description = "only entries by this account")
    String login;

    @Option(names = "--since", paramLabel = "DATE", description = "only entries from this day on (UTC)")
    String since;

    @Option(names = "--format", paramLabel = "table|csv", description = "default: table")
    String format = "table";

    @Option(names = "--verify", description = "recompute the chain; exit 1 naming the first entry that does not match")
    boolean verify;

    @Override
    public Integer call() throws IOException {
        try (Database db = main.context().open(verify ? Role.Permission.CHECK : Role.Permission.READ)) {
            Audit audit = new Audit(db);
            return verify ? verify(audit) : list(audit);
        }
    }

    private int verify(Audit audit) {
        Audit.Verification v = audit.verify();
        if (v.intact()) {
            main.out().println(v.entries() + " entries, chain intact, head " + v.head());
            return 0;
        }
        main.err().println("audit: entry " + v.firstBad() + ": " + v.why() + " (the " + v.entries()
                + " entries before it are intact)");
        return 1;
    }

    private int list(Audit audit) throws IOException {
        LocalDate from = null;
        if (since != null) {
            try {
                from = Dates.parseDate(since.strip());
            } catch (Dates.Invalid e) {
                throw new Failure.InvalidInput("--since: \"" + since + "\" " + e.getMessage());
            }
        }
        Listing listing = new Listing(List.of("seq", "at", "login", "action", "register", "record_id", "detail",
                "prev_hash", "hash"));
        audit.list(new Audit.Filter(register == null ? null : register.fileName(), record, login, from),
                e -> listing.add(List.of(String.valueOf(e.seq()), e.at(), e.login(), e.action(),
                        e.register() == null ? "" : e.register(), e.recordId() == null ? "" : e.recordId().toString(),
                        e.detail(), e.prevHash(), e.hash())));
        switch (format) {
            case "csv" -> listing.csv(main.out());
            case "table" -> listing.table(main.out(), 60);
            default -> throw new Failure.InvalidInput("--format must be table or csv, not " + format);
        }
        return 0;
    }
}
