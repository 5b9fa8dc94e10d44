package taizhang.reconcile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import taizhang.domain.DateRange;
import taizhang.domain.ListedBirth;

/**
 * What a reconciliation found (SPEC 12): one row per row of the list, in the list's order, then
 * one per unlisted birth (in the register, in the window, not on the list) in register order.
 * {@code leftOut} rows of the list were not compared: they lie outside the scope of the account
 * that ran it, so they are neither missing from its register nor counted in the summary.
 */
public record Result(DateRange window, List<Row> rows, int leftOut) {

    /**
     * The window: {@code from}..{@code to} where given, else the list's earliest and latest
     * birth dates; null for an empty list with no dates given (then nothing is unlisted).
     */
    public static DateRange window(List<ListedBirth> list, LocalDate from, LocalDate to) {
        LocalDate first = from;
        LocalDate last = to;
        for (ListedBirth row : list) {
            if (from == null && (first == null || row.birthDate().isBefore(first))) {
                first = row.birthDate();
            }
            if (to == null && (last == null || row.birthDate().isAfter(last))) {
                last = row.birthDate();
            }
        }
        return first == null || last == null ? null : new DateRange(first, last);
    }

    /**
     * Matches the list against the register's births (every birth that could match, inside the
     * window or not; {@code register} in register order) and lists what became of each.
     */
    public static Result of(List<ListedBirth> list, List<RegisteredBirth> register, DateRange window) {
        return of(list, register, window, village -> true);
    }

    /**
     * The same, for a register read within a scope: {@code ours} says whether a row naming this
     * village (null: naming none) can be a birth of that register. Every row is tried against
     * the register (a row naming another village may still be one of its births, by certificate
     * or mother); a row that matches none and is not {@code ours} is left out, not missing.
     */
    public static Result of(List<ListedBirth> list, List<RegisteredBirth> register, DateRange window,
                            Predicate<String> ours) {
        RegisteredBirth[] pairedBirth = new RegisteredBirth[list.size()];
        Tier[] tier = new Tier[list.size()];
        boolean[] matched = new boolean[register.size()];
        for (Matching.Match m : Matching.match(list, register)) {
            pairedBirth[m.listed()] = register.get(m.registered());
            tier[m.listed()] = m.tier();
            matched[m.registered()] = true;
        }
        List<Row> rows = new ArrayList<>(list.size());
        int leftOut = 0;
        for (int i = 0; i < list.size(); i++) {
            if (pairedBirth[i] == null && !ours.test(list.get(i).areaCode())) {
                leftOut++;
            } else {
                rows.add(Row.listed(list.get(i), pairedBirth[i], tier[i]));
            }
        }
        for (int r = 0; r < register.size(); r++) {
            if (!matched[r] && window != null && window.contains(register.get(r).birthDate())) {
                rows.add(Row.unlisted(register.get(r)));
            }
        }
        return new Result(window, List.copyOf(rows), leftOut);
    }

    /** The rows a clerk has to act on: missing and conflicting. */
    public List<Row> toDo() {
        return rows.stream().filter(r -> r.status() == Status.MISSING || r.status() == Status.CONFLICT).toList();
    }

    /** The same result with row {@code index} replaced. */
    public Result with(int index, Row row) {
        List<Row> copy = new ArrayList<>(rows);
        copy.set(index, row);
        return new Result(window, List.copyOf(copy), leftOut);
    }

    /** The rows' values under {@link Row#COLUMNS}, for a writer. */
    public List<Object[]> values() {
        return rows.stream().map(Row::values).toList();
    }
}
