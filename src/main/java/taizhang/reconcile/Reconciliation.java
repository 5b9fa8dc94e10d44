package taizhang.reconcile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import taizhang.domain.DateRange;
import taizhang.domain.Entry;
import taizhang.domain.ListedBirth;
import taizhang.storage.CodeLists;
import taizhang.storage.Database;
import taizhang.storage.Reconciliations;

/**
 * A reconciliation against this database, as its signed-in account: the register's side read
 * from storage (only the births that could match, only those in the account's scope), the
 * matching, and the result kept as the account's last reconciliation for the screens, the run
 * in the audit trail. The faces read the list (io) and hand it here.
 */
public final class Reconciliation {
    private final Reconciliations store;
    private final CodeLists codes;

    public Reconciliation(Database db, LocalDate today) {
        this.store = new Reconciliations(db, today);
        this.codes = new CodeLists(db);
    }

    /** The sheets of the XLSX: the rows, then the summary. */
    public static final String ROWS_SHEET = "比对结果";
    public static final String SUMMARY_SHEET = "汇总";

    /** Which list: whose it is, the file as named and its SHA-256 (who asked is the signed-in account). */
    public record Request(Source source, String file, String sha256) {
    }

    /** A reconciliation as kept: its run and its result. */
    public record Kept(Reconciliations.Run run, Result result) {
        public Source source() {
            return Source.byCode(run.source());
        }

        /** Names the comparison in an XLSX (its title, each printed page's header): whose list, which file, the window. */
        public String title() {
            return "出生数据比对 births reconciliation: " + source().zh() + " " + source().code() + " "
                    + java.nio.file.Path.of(run.file()).getFileName() + (run.window() == null ? "" : " " + run.window());
        }
    }

    /** Matches {@code list} (checked, in the list's order) against the register and keeps the result. */
    public Kept run(Request request, List<ListedBirth> list, LocalDate from, LocalDate to) {
        DateRange window = Result.window(list, from, to);
        List<RegisteredBirth> register = new ArrayList<>();
        store.births(couldMatch(window, list), certificates(list))
                .forEach(s -> register.add(RegisteredBirth.of(s.id(), s.entry())));
        Result result = Result.of(list, register, window, store.ours());
        return new Kept(record(request, list.size(), result), result);
    }

    /**
     * The one place a run is recorded, in one transaction: the reconciliation table keeps who ran
     * it, on which file (its name and SHA-256), whose list and when, with its rows; the audit
     * trail (SPEC 9: personal data read from outside the office) says the same with the counts.
     */
    private Reconciliations.Run record(Request request, int listed, Result result) {
        List<Map<String, String>> rows = new ArrayList<>(result.rows().size());
        for (Row r : result.rows()) {
            rows.add(r.stored());
        }
        Summary.Line total = Summary.total(result.rows());
        Map<String, Object> audit = new LinkedHashMap<>();
        audit.put("source", request.source().code());
        audit.put("file", java.nio.file.Path.of(request.file()).getFileName().toString());
        audit.put("sha256", request.sha256());
        audit.put("rows", listed);
        audit.put("window_from", result.window() == null ? null : result.window().start().toString());
        audit.put("window_to", result.window() == null ? null : result.window().end().toString());
        audit.put("matched", total.matched());
        audit.put("conflicts", total.conflicts());
        audit.put("missing", total.missing());
        audit.put("unlisted", total.unlisted());
        audit.put("left_out", result.leftOut());
        return store.save(new Reconciliations.Run(0, request.source().code(), request.file(), request.sha256(),
                result.window(), null, null, result.leftOut()), rows, audit);
    }

    /** Births dated within reach of a row (3 days either side of the list's dates) or in the window. */
    private static DateRange couldMatch(DateRange window, List<ListedBirth> list) {
        LocalDate first = window == null ? null : window.start();
        LocalDate last = window == null ? null : window.end();
        for (ListedBirth row : list) {
            first = first == null || row.birthDate().isBefore(first) ? row.birthDate() : first;
            last = last == null || row.birthDate().isAfter(last) ? row.birthDate() : last;
        }
        return first == null ? null
                : new DateRange(first.minusDays(Matching.MAX_DAYS), last.plusDays(Matching.MAX_DAYS));
    }

    private static Set<String> certificates(List<ListedBirth> list) {
        Set<String> out = new LinkedHashSet<>();
        for (ListedBirth row : list) {
            if (row.certificateNo() != null) {
                out.add(row.certificateNo());
            }
        }
        return out;
    }

    /** The signed-in account's last reconciliation, or null when it has made none. */
    public Kept last() {
        Reconciliations.Run run = store.last();
        if (run == null) {
            return null;
        }
        List<Row> rows = new ArrayList<>();
        for (Map<String, String> stored : store.rows(run.id())) {
            rows.add(Row.ofStored(stored));
        }
        return new Kept(run, new Result(run.window(), List.copyOf(rows), run.leftOut()));
    }

    /** The summary of a result, villages named as the register names them. */
    public List<Summary.Line> summary(Result result) {
        Map<String, String> names = new HashMap<>();
        codes.areas().forEach(a -> names.put(a.code(), a.name()));
        return Summary.of(result.rows(), names::get);
    }

    /**
     * Registers {@code birth} (made from row {@code index} of a missing birth) as any new record
     * is added (role, scope, every rule, the audit entry: {@code Records.add}) and, in the same
     * transaction, pairs the row with it: the kept result with the row matched (or a conflict,
     * when the clerk corrected the sex or the date). When the birth as saved no longer matches
     * the row by any tier the row stays missing. A refusal ({@code Records.Refused}) adds nothing.
     */
    public Kept registered(Kept kept, int index, Entry birth) {
        Row row = kept.result().rows().get(index);
        if (row.status() != Status.MISSING) {
            throw new IllegalArgumentException("row " + index + " is " + row.status().code() + ", not missing");
        }
        Row[] paired = {row};
        store.registerBirth(kept.run().id(), index, birth, id -> {
            RegisteredBirth registered = RegisteredBirth.of(id, birth);
            List<Matching.Match> m = Matching.match(List.of(row.asListed()), List.of(registered));
            paired[0] = m.isEmpty() ? row : row.pairedWith(registered, m.get(0).tier());
            return paired[0].stored();
        });
        return new Kept(kept.run(), kept.result().with(index, paired[0]));
    }
}
