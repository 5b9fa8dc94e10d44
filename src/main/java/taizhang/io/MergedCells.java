package taizhang.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The merged cells of a sheet ({@code <mergeCell ref="B2:B5"/>}). A sheet lists them after its
 * rows, and a spreadsheet keeps a merged cell's value in its first cell only, so they are found
 * before the rows are read, by a scan of the sheet's bytes (not its XML, to be quick), and then
 * asked row by row in ascending order. At most {@link #MAX} are kept.
 */
final class MergedCells {
    static final int MAX = 10_000;
    private static final byte[] TAG = "mergeCell".getBytes(StandardCharsets.US_ASCII);
    /** How far after its name a tag's {@code ref} is looked for. */
    private static final int TAG_SPAN = 400;

    /** One merged range: rows from 1, columns from 0, and its reference as the sheet writes it. */
    record Range(int top, int left, int bottom, int right, String ref) {
        /** The range's first cell, which holds its value ({@code B2} of {@code B2:B5}). */
        String first() {
            return ref.substring(0, ref.indexOf(':'));
        }
    }

    static final MergedCells NONE = new MergedCells(List.of());

    private final List<Range> byTop;
    private final List<Range> active = new ArrayList<>();
    private int next;

    private MergedCells(List<Range> ranges) {
        this.byTop = new ArrayList<>(ranges);
        byTop.sort(Comparator.comparingInt(Range::top));
    }

    boolean isEmpty() {
        return byTop.isEmpty();
    }

    /** The ranges over row {@code row}; rows must be asked in ascending order. */
    List<Range> over(int row) {
        active.removeIf(r -> r.bottom() < row);
        while (next < byTop.size() && byTop.get(next).top() <= row) {
            Range r = byTop.get(next++);
            if (r.bottom() >= row) {
                active.add(r);
            }
        }
        return active;
    }

    /** The merged ranges of the sheet read from {@code in} (which is closed). */
    static MergedCells scan(InputStream in) throws IOException {
        List<Range> ranges = new ArrayList<>();
        try (in) {
            byte[] buf = new byte[1 << 16];
            int kept = 0;
            int n;
            while ((n = in.read(buf, kept, buf.length - kept)) >= 0 || kept > 0) {
                int len = kept + Math.max(n, 0);
                boolean end = n < 0;
                int upTo = end ? len : len - TAG_SPAN;
                for (int i = 1; i < upTo && ranges.size() < MAX; i++) {
                    if (buf[i] == 'm' && tagAt(buf, i, len)) {
                        Range r = range(buf, i + TAG.length, Math.min(len, i + TAG_SPAN));
                        if (r != null) {
                            ranges.add(r);
                        }
                    }
                }
                if (end) {
                    break;
                }
                kept = Math.min(TAG_SPAN + 1, len);
                System.arraycopy(buf, len - kept, buf, 0, kept);
            }
        }
        return ranges.isEmpty() ? NONE : new MergedCells(ranges);
    }

    /** {@code <mergeCell } (or {@code <x:mergeCell }) at {@code i}, not {@code <mergeCells}. */
    private static boolean tagAt(byte[] buf, int i, int len) {
        if (i + TAG.length >= len || buf[i - 1] != '<' && buf[i - 1] != ':') {
            return false;
        }
        for (int k = 0; k < TAG.length; k++) {
            if (buf[i + k] != TAG[k]) {
                return false;
            }
        }
        byte after = buf[i + TAG.length];
        return after == ' ' || after == '\t' || after == '\n' || after == '\r';
    }

    /** The {@code ref="B2:B5"} of the tag from {@code from}, up to its {@code >}; null when none or one cell. */
    private static Range range(byte[] buf, int from, int to) {
        int close = from;
        while (close < to && buf[close] != '>') {
            close++;
        }
        String tag = new String(buf, from, close - from, StandardCharsets.US_ASCII);
        java.util.regex.Matcher m = REF.matcher(tag);
        if (!m.find()) {
            return null;
        }
        int top = Integer.parseInt(m.group(2));
        int bottom = Integer.parseInt(m.group(4));
        int left = column(m.group(1));
        int right = column(m.group(3));
        if (top < 1 || bottom < top || right < left || top == bottom && left == right) {
            return null;
        }
        return new Range(top, left, bottom, right, m.group(1) + m.group(2) + ":" + m.group(3) + m.group(4));
    }

    private static final java.util.regex.Pattern REF =
            java.util.regex.Pattern.compile("\\sref\\s*=\\s*[\"']\\$?([A-Za-z]{1,3})\\$?(\\d{1,7}):\\$?([A-Za-z]{1,3})\\$?(\\d{1,7})[\"']");

    private static int column(String letters) {
        int col = 0;
        for (int i = 0; i < letters.length(); i++) {
            col = col * 26 + (Character.toUpperCase(letters.charAt(i)) - 'A' + 1);
        }
        return col - 1;
    }
}
