package taizhang.tally;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import taizhang.domain.DateRange;
import taizhang.domain.Period;
import taizhang.domain.Problem;
import taizhang.domain.Refusal;
import taizhang.domain.Register;
import taizhang.storage.ClosedMonths;
import taizhang.storage.Measure;
import taizhang.storage.TallyStore;

/**
 * Closing a month freezes its tally as submitted: every figure of every area is stored with
 * when and by whom. Records entered later change the month's current figures, never its
 * frozen ones; reopening is explicit and recorded.
 */
public final class Closing {
    private final Tally tally;
    private final ClosedMonths months;

    public Closing(Tally tally) {
        this.tally = tally;
        this.months = new ClosedMonths(tally.database());
    }

    /** A standing closing of a month with its frozen figures, as a report over today's tree. */
    public record ClosedMonth(ClosedMonths.Close close, Report frozen) {
    }

    /** Records of one register entered after a month was closed that fall in the month. */
    public record Entered(Register register, List<Long> ids) {
    }

    /**
     * Closes a month: refuses one that has not ended by {@code today} or that stands closed.
     * The time of closing is read from the real {@code clock} once the write lock is held, so
     * every record entered later has a later timestamp.
     */
    public ClosedMonths.Close close(YearMonth month, LocalDate today, Clock clock) {
        if (!month.atEndOfMonth().isBefore(today)) {
            throw new Refusal(Problem.Code.MONTH_NOT_ENDED, month.toString(), today);
        }
        return tally.database().transaction(() -> {
            Optional<ClosedMonths.Close> standing = months.standingClose(month.toString());
            if (standing.isPresent()) {
                throw new Refusal(Problem.Code.MONTH_CLOSED, month.toString(), standing.get().when(),
                        standing.get().closedBy());
            }
            Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS); // as the audit entry has it
            Report report = tally.report(Period.month(month), null);
            Map<String, Map<String, String>> figures = new LinkedHashMap<>();
            for (Report.Row row : report.rows()) {
                Map<String, String> values = new LinkedHashMap<>();
                for (Column c : Column.ALL) {
                    BigDecimal v = row.value(c);
                    values.put(c.id(), v == null ? null : c.format(v));
                }
                figures.put(row.area().code(), values);
            }
            long id = months.insertClose(month.toString(), now, figures);
            return new ClosedMonths.Close(id, month.toString(), now, tally.database().account().login(), null, null,
                    null);
        });
    }

    /** Reopens a closed month; the reason is required and kept with the closing. */
    public void reopen(YearMonth month, String reason, Instant now) {
        if (reason == null || reason.isBlank()) {
            throw new Refusal(Problem.Code.REOPEN_NEEDS_REASON, month.toString());
        }
        tally.database().transaction(() -> {
            if (months.reopen(month.toString(), now, reason.strip()) == 0) {
                throw new Refusal(Problem.Code.MONTH_NOT_CLOSED, month.toString());
            }
            return null;
        });
    }

    /** The standing closing of a month and its frozen figures, if the month is closed. */
    public Optional<ClosedMonth> closed(YearMonth month, String areaCode) {
        Optional<ClosedMonths.Close> close = months.standingClose(month.toString());
        if (close.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Map<String, String>> frozen = months.frozenFigures(close.get().id());
        AreaTree tree = tally.areas();
        AreaTree.Area top = tally.top(tree, areaCode);
        List<Report.Row> rows = new ArrayList<>();
        for (AreaTree.Area area : tree.reportOrder(top)) {
            if (!tally.shows(area)) {
                continue; // frozen figures are read as the current ones: within the account's scope
            }
            Map<String, String> values = frozen.getOrDefault(area.code(), Map.of());
            List<BigDecimal> row = new ArrayList<>();
            for (Column c : Column.ALL) {
                String v = values.get(c.id());
                row.add(v == null ? null : new BigDecimal(v));
            }
            rows.add(new Report.Row(area, java.util.Collections.unmodifiableList(row)));
        }
        int start = tally.statYearStart();
        Period period = Period.month(month);
        return Optional.of(new ClosedMonth(close.get(),
                new Report(period, period.range(start), period.lastYear(start), List.copyOf(rows))));
    }

    /** The months among the last {@code count} that have ended by {@code today} and stand open, oldest first. */
    public List<YearMonth> notClosed(LocalDate today, int count) {
        java.util.Set<String> closed = new java.util.HashSet<>();
        for (ClosedMonths.Close c : months.closes()) {
            if (c.reopenedAt() == null) {
                closed.add(c.month());
            }
        }
        List<YearMonth> out = new ArrayList<>();
        YearMonth last = YearMonth.from(today).minusMonths(1);
        for (YearMonth m = last.minusMonths(count - 1L); !m.isAfter(last); m = m.plusMonths(1)) {
            if (!closed.contains(m.toString())) {
                out.add(m);
            }
        }
        return out;
    }

    /** Every closing ever made (reopened ones included), newest month first. */
    public List<ClosedMonths.Close> history() {
        return months.closes();
    }

    /**
     * What has changed since a month was closed: the records entered after the closing that
     * fall in the month by the date each indicator counts them on (a late birth counts where
     * it was registered, so it shows in the month of its registration).
     */
    public List<Entered> enteredSince(YearMonth month, String areaCode) {
        Optional<ClosedMonths.Close> close = months.standingClose(month.toString());
        if (close.isEmpty()) {
            return List.of();
        }
        AreaTree tree = tally.areas();
        List<String> villages = tree.villagesUnder(areaCode == null ? tree.root() : tree.find(areaCode));
        DateRange range = Period.month(month).range(tally.statYearStart());
        TallyStore.Params params = tally.params(range);
        Map<Register, TreeSet<Long>> found = new LinkedHashMap<>();
        for (Measure m : Measure.values()) {
            List<Long> ids = tally.store().idsEnteredAfter(m, villages, params, close.get().closedAt());
            if (!ids.isEmpty()) {
                found.computeIfAbsent(Tally.register(m), r -> new TreeSet<>()).addAll(ids);
            }
        }
        List<Entered> out = new ArrayList<>();
        found.forEach((r, ids) -> out.add(new Entered(r, List.copyOf(ids))));
        return out;
    }
}
