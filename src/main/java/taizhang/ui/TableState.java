package taizhang.ui;

import java.util.ArrayList;
import java.util.List;
import taizhang.domain.Register;
import taizhang.storage.RegisterPage;
import taizhang.storage.RegisterPage.Filter;
import taizhang.storage.RegisterPage.Row;
import taizhang.storage.RegisterPage.Sort;

/**
 * A register table as one value: the rows on view (one page, fetched by keyset), the cursor,
 * the filter and the order. Each key is a named transition to a new state; {@code scrolled}
 * tells the drawing that the rows moved by one, so the terminal can scroll instead of repaint.
 */
record TableState(Register register, Filter filter, Sort sort, List<Row> rows, int cursor, int size, int scrolled) {

    static TableState open(Register r, Filter filter, RegisterPage pages, int size) {
        return new TableState(r, filter, Sort.ENTERED, List.of(), 0, size, 0).first(pages);
    }

    Row current() {
        return rows.isEmpty() ? null : rows.get(cursor);
    }

    private TableState with(List<Row> newRows, int newCursor, int newScrolled) {
        int c = newRows.isEmpty() ? 0 : Math.max(0, Math.min(newCursor, newRows.size() - 1));
        return new TableState(register, filter, sort, List.copyOf(newRows), c, size, newScrolled);
    }

    TableState first(RegisterPage pages) {
        return with(pages.first(register, filter, sort, size), 0, 0);
    }

    TableState last(RegisterPage pages) {
        List<Row> page = pages.last(register, filter, sort, size);
        return with(page, page.size() - 1, 0);
    }

    TableState down(RegisterPage pages) {
        if (rows.isEmpty()) {
            return this;
        }
        if (cursor < rows.size() - 1) {
            return with(rows, cursor + 1, 0);
        }
        List<Row> next = pages.after(register, filter, sort, rows.get(rows.size() - 1), false, 1);
        if (next.isEmpty()) {
            return with(rows, cursor, 0);
        }
        List<Row> shifted = new ArrayList<>(rows.subList(rows.size() < size ? 0 : 1, rows.size()));
        shifted.add(next.get(0));
        return with(shifted, shifted.size() - 1, rows.size() < size ? 0 : 1);
    }

    TableState up(RegisterPage pages) {
        if (rows.isEmpty()) {
            return this;
        }
        if (cursor > 0) {
            return with(rows, cursor - 1, 0);
        }
        List<Row> previous = pages.before(register, filter, sort, rows.get(0), 1);
        if (previous.isEmpty()) {
            return with(rows, 0, 0);
        }
        List<Row> shifted = new ArrayList<>(previous);
        shifted.addAll(rows.subList(0, Math.min(rows.size(), size - 1)));
        return with(shifted, 0, -1);
    }

    TableState pageDown(RegisterPage pages) {
        if (rows.isEmpty()) {
            return this;
        }
        List<Row> next = pages.after(register, filter, sort, rows.get(rows.size() - 1), false, size);
        if (next.isEmpty()) {
            return with(rows, rows.size() - 1, 0);
        }
        List<Row> all = new ArrayList<>(rows);
        all.addAll(next);
        return with(all.subList(Math.max(0, all.size() - size), all.size()), cursor, 0);
    }

    TableState pageUp(RegisterPage pages) {
        if (rows.isEmpty()) {
            return this;
        }
        List<Row> previous = pages.before(register, filter, sort, rows.get(0), size);
        if (previous.isEmpty()) {
            return with(rows, 0, 0);
        }
        List<Row> all = new ArrayList<>(previous);
        all.addAll(rows);
        return with(all.subList(0, Math.min(size, all.size())), cursor, 0);
    }

    /** The same place again after a change: from the first row on view (or the start). */
    TableState reload(RegisterPage pages) {
        if (rows.isEmpty()) {
            return first(pages);
        }
        List<Row> page = pages.after(register, filter, sort, rows.get(0), true, size);
        if (page.isEmpty()) {
            return first(pages);
        }
        if (page.size() < size) {
            List<Row> before = pages.before(register, filter, sort, page.get(0), size - page.size());
            List<Row> all = new ArrayList<>(before);
            all.addAll(page);
            return with(all, cursor + before.size(), 0);
        }
        return with(page, cursor, 0);
    }

    /** A new page height (the terminal was resized). */
    TableState resize(int newSize, RegisterPage pages) {
        TableState s = new TableState(register, filter, sort, rows, cursor, Math.max(1, newSize), 0);
        if (rows.size() > s.size) {
            int start = Math.max(0, Math.min(cursor - s.size + 1, rows.size() - s.size));
            return s.with(rows.subList(start, start + s.size), cursor - start, 0);
        }
        return s.reload(pages);
    }

    TableState filtered(Filter f, RegisterPage pages) {
        return new TableState(register, f, sort, List.of(), 0, size, 0).first(pages);
    }

    TableState sorted(Sort s, RegisterPage pages) {
        return new TableState(register, filter, s, List.of(), 0, size, 0).first(pages);
    }
}
