package taizhang.reconcile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
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
 * A reconciliation against this database: the register's side read from storage (only the
 * births that could match), the matching, and the result kept as the last reconciliation for
 * the screens. The faces read the list (io) and hand it here.
 */
public final class Reconciliation {
    private final Reconciliations store;
    private final CodeLists codes;

    public Reconciliation(Database db) {
        this.store = new Reconciliations(db);
        this.codes = new CodeLists(db);
    }

    /** The sheets of the XLSX: the rows, then the summary. */
    public static final String ROWS_SHEET = "比对结果";
    public static final String SUMMARY_SHEET = "汇总";

    /** Who asked, for which list: whose it is, the file as named and its SHA-256. */
    public record Request(Source source, String file, String sha256, String by) {
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
        Result result = Result.of(list, register, window);
        return new Kept(record(request, result), result);
    }

    /**
     * The one place a run is recorded: the reconciliation table keeps who ran it, on which file
     * (its name and SHA-256), whose list and when, with its rows. The audit trail's entry for a
     * reconciliation (SPEC 9) belongs here, in this transaction, once accounts are in.
     */
    private Reconciliations.Run record(Request request, Result result) {
        List<Map<String, String>> rows = new ArrayList<>(result.rows().size());
        for (Row r : result.rows()) {
            rows.add(r.stored());
        }
        return store.save(new Reconciliations.Run(0, request.source().code(), request.file(), request.sha256(),
                result.window(), null, request.by()), rows);
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

    /** The last reconciliation kept, or null when there has been none. */
    public Kept last() {
        Reconciliations.Run run = store.last();
        if (run == null) {
            return null;
        }
        List<Row> rows = new ArrayList<>();
        for (Map<String, String> stored : store.rows(run.id())) {
            rows.add(Row.ofStored(stored));
        }
        return new Kept(run, new Result(run.window(), List.copyOf(rows)));
    }

    /** The summary of a result, villages named as the register names them. */
    public List<Summary.Line> summary(Result result) {
        Map<String, String> names = new HashMap<>();
        codes.areas().forEach(a -> names.put(a.code(), a.name()));
        return Summary.of(result.rows(), names::get);
    }

    /**
     * Registers {@code birth} (checked, made from row {@code index} of a missing birth) and, in
     * the same transaction, pairs the row with it: the kept result with the row matched (or a
     * conflict, when the clerk corrected the sex or the date). When the birth as saved no longer
     * matches the row by any tier the row stays missing.
     */
    public Kept registered(Kept kept, int index, Entry birth, String user) {
        Row row = kept.result().rows().get(index);
        if (row.status() != Status.MISSING) {
            throw new IllegalArgumentException("row " + index + " is " + row.status().code() + ", not missing");
        }
        Row[] paired = {row};
        store.registerBirth(kept.run().id(), index, birth, user, id -> {
            RegisteredBirth registered = RegisteredBirth.of(id, birth);
            List<Matching.Match> m = Matching.match(List.of(row.asListed()), List.of(registered));
            paired[0] = m.isEmpty() ? row : row.pairedWith(registered, m.get(0).tier());
            return paired[0].stored();
        });
        return new Kept(kept.run(), kept.result().with(index, paired[0]));
    }
}
