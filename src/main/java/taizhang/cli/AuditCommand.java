package taizhang.cli;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import taizhang.domain.Dates;
import taizhang.domain.Invalid;
import taizhang.domain.Register;
import taizhang.domain.Role;
import taizhang.storage.Audit;
import taizhang.storage.Database;

/** {@code taizhang audit}: the audit trail (SPEC 9), listed and filtered, or its chain verified. */
@Command(name = "audit", mixinStandardHelpOptions = true)
final class AuditCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Option(names = "--register", paramLabel = "REGISTER", converter = RegisterName.class)
    Register register;

    @Option(names = "--record", paramLabel = "ID")
    Long record;

    @Option(names = "--login", paramLabel = "LOGIN")
    String login;

    @Option(names = "--since", paramLabel = "DATE")
    String since;

    @Option(names = "--format", paramLabel = "table|csv")
    Listing.Format format = Listing.Format.table;

    @Option(names = "--verify")
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
            main.out().println(main.wording().get("audit.intact", v.entries(), v.head()));
            return 0;
        }
        main.err().println(main.wording().get("audit.broken", v.firstBad(), main.wording().problem(v.why()), v.entries()));
        return 1;
    }

    private int list(Audit audit) throws IOException {
        LocalDate from = null;
        if (since != null) {
            try {
                from = Dates.parseDate(since.strip());
            } catch (Invalid e) {
                throw new Failure.InvalidInput("since", main.wording().problem(e.problem("since", since)));
            }
        }
        Listing listing = new Listing(List.of("seq", "at", "login", "action", "register", "record_id", "detail",
                "prev_hash", "hash"));
        audit.list(new Audit.Filter(register == null ? null : register.fileName(), record, login, from),
                e -> listing.add(List.of(String.valueOf(e.seq()), e.at(), e.login(), e.action(),
                        e.register() == null ? "" : e.register(), e.recordId() == null ? "" : e.recordId().toString(),
                        e.detail(), e.prevHash(), e.hash())));
        switch (format) {
            case csv -> listing.csv(main.out());
            case table -> listing.without("prev_hash").table(main.out(), 40, main.wording());
        }
        return 0;
    }
}
