package taizhang.io;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The problems of one file, in bounded memory however many there are: the first {@link #KEPT}
 * by line are kept in full, the rest only counted (SPEC 4: "the first 100 of a file in full, then
 * … and N more, counted to the end"). Problems may arrive out of line order (the database refuses
 * a row late); the ones kept are still the first by line.
 */
public final class ProblemList {
    public static final int KEPT = 100;
    private static final Comparator<LineProblem> BY_LINE = Comparator.comparingInt(LineProblem::line);

    private final List<LineProblem> kept = new ArrayList<>();
    private long count;

    public void add(LineProblem p) {
        count++;
        kept.add(p);
        if (kept.size() >= 2 * KEPT) {
            trim();
        }
    }

    public void addAll(List<LineProblem> problems) {
        for (LineProblem p : problems) {
            add(p);
        }
    }

    private void trim() {
        kept.sort(BY_LINE);
        kept.subList(KEPT, kept.size()).clear();
    }

    /** Every problem found, kept or not. */
    public long count() {
        return count;
    }

    public boolean isEmpty() {
        return count == 0;
    }

    /** The first {@link #KEPT} problems by line. */
    public List<LineProblem> first() {
        if (kept.size() > KEPT) {
            trim();
        }
        kept.sort(BY_LINE);
        return List.copyOf(kept);
    }

    /** How many problems were counted but not kept. */
    public long more() {
        return count - first().size();
    }

    /** A list of these problems alone (a file refused before any row was read). */
    public static ProblemList of(List<LineProblem> problems) {
        ProblemList list = new ProblemList();
        list.addAll(problems);
        return list;
    }
}
