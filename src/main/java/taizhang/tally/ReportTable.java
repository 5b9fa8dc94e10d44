package taizhang.tally;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import taizhang.domain.Language;
import taizhang.domain.Text;

/**
 * The report as text for an 80-column terminal: the headline indicators only, a marker beside
 * a flagged figure, a legend of the markers, and a pointer to the full CSV/XLSX.
 */
public final class ReportTable {
    private ReportTable() {
    }

    /** The headline indicators, each with its short header and width. */
    private record Headline(Indicator indicator, String zh, String en, int width) {
    }

    private static final List<Headline> HEADLINES = List.of(
            new Headline(Indicator.BIRTHS, "出生", "births", 6),
            new Headline(Indicator.SRB, "性别比", "srb", 7),
            new Headline(Indicator.CBR_PERMILLE, "出生率‰", "cbr‰", 8),
            new Headline(Indicator.DEATHS, "死亡", "deaths", 6),
            new Headline(Indicator.LATE_BIRTHS, "补报", "late", 5),
            new Headline(Indicator.BENEFIT_PAID_AMOUNT_PCT, "发放率%", "paid%", 7));

    private static final int CODE = 12;
    private static final int NAME = 10;

    public static void write(Report report, Flags flags, Flags.Rules rules, Language language, PrintWriter out) {
        boolean zh = language == Language.ZH;
        AreaTree.Area top = report.total().area();
        out.println((zh ? "统计表 " : "Tally ") + report.period() + "  (" + report.range() + ")  "
                + top.code() + " " + Text.visible(top.name()));
        StringBuilder header = new StringBuilder(pad(zh ? "代码" : "code", CODE)).append(' ')
                .append(pad(zh ? "名称" : "name", NAME));
        for (Headline h : HEADLINES) {
            header.append(' ').append(padLeft(zh ? h.zh() : h.en(), h.width())).append(' ');
        }
        out.println(header.toString().stripTrailing());
        for (Report.Row row : report.rows()) {
            StringBuilder line = new StringBuilder(pad(row.area().code(), CODE)).append(' ')
                    .append(pad(fit(Text.visible(row.area().name()), NAME), NAME));
            for (Headline h : HEADLINES) {
                Flags.Flag flag = flags.get(row.area().code(), h.indicator());
                line.append(' ').append(padLeft(row.text(new Column(h.indicator(), Column.Variant.VALUE)), h.width()))
                        .append(flag == null ? " " : flag.mark());
            }
            if (rules.rankBy() != null && flags.get(row.area().code(), rules.rankBy()) == Flags.Flag.LAST_RANKED) {
                line.append(' ').append(Flags.Flag.LAST_RANKED.mark());
            }
            out.println(line.toString().stripTrailing());
        }
        out.println();
        out.println(key(Flags.Flag.SRB_OUT_OF_RANGE, language) + " (" + rules.srbLow() + "-" + rules.srbHigh()
                + (zh ? ", 出生数≥" : ", births >= ") + rules.srbMinBirths() + ")");
        out.println(key(Flags.Flag.SRB_FEW_BIRTHS, language) + (zh ? " (出生数<" : " (births < ")
                + rules.srbMinBirths() + ")");
        if (rules.rankBy() != null) {
            out.println(key(Flags.Flag.LAST_RANKED, language) + ": " + rules.rankBy().label(language));
        }
        out.println(String.format(Locale.ROOT, zh ? "另有 %d 项指标及上年同期、同比见 --format csv 或 xlsx"
                : "%d more indicators, last year and change in --format csv or xlsx",
                Indicator.values().length - HEADLINES.size()));
        out.flush();
    }

    /** A line of the key below the table: the mark, then what it means. */
    private static String key(Flags.Flag flag, Language language) {
        return flag.mark() + " " + flag.label(language);
    }

    /** Columns a character takes in a terminal: East Asian wide characters take two. */
    static int width(int codePoint) {
        return (codePoint >= 0x1100 && codePoint <= 0x115F) || (codePoint >= 0x2E80 && codePoint <= 0xA4CF)
                || (codePoint >= 0xAC00 && codePoint <= 0xD7A3) || (codePoint >= 0xF900 && codePoint <= 0xFAFF)
                || (codePoint >= 0xFE30 && codePoint <= 0xFE4F) || (codePoint >= 0xFF00 && codePoint <= 0xFF60)
                || (codePoint >= 0xFFE0 && codePoint <= 0xFFE6) || (codePoint >= 0x20000 && codePoint <= 0x3FFFD)
                ? 2 : 1;
    }

    static int width(String s) {
        return s.codePoints().map(ReportTable::width).sum();
    }

    /** Cuts a text to at most {@code columns} terminal columns. */
    static String fit(String s, int columns) {
        StringBuilder out = new StringBuilder();
        int used = 0;
        for (int cp : s.codePoints().toArray()) {
            if (used + width(cp) > columns) {
                break;
            }
            out.appendCodePoint(cp);
            used += width(cp);
        }
        return out.toString();
    }

    private static String pad(String s, int columns) {
        return s + " ".repeat(Math.max(0, columns - width(s)));
    }

    private static String padLeft(String s, int columns) {
        return " ".repeat(Math.max(0, columns - width(s))) + s;
    }
}
