package taizhang.tally;

import java.util.ArrayList;
import java.util.List;
import taizhang.domain.Language;
import taizhang.domain.Sheet;

/**
 * The one function from a report to cells: every writer (CSV, XLSX, the text table) draws from
 * it, so labels, decimals and flags are decided here once. The full sheet has every column of
 * SPEC 7 in order; the table sheet the headline indicators an 80-column terminal holds, and the
 * indicator villages are ranked on.
 */
public final class ReportCells {
    private ReportCells() {
    }

    /** The headline indicators of the text table, each with its short header. */
    private record Headline(Indicator indicator, String zh, String en, int width) {
    }

    private static final List<Headline> HEADLINES = List.of(
            new Headline(Indicator.BIRTHS, "出生", "births", 6),
            new Headline(Indicator.SRB, "性别比", "srb", 7),
            new Headline(Indicator.CBR_PERMILLE, "出生率‰", "cbr‰", 8),
            new Headline(Indicator.DEATHS, "死亡", "deaths", 6),
            new Headline(Indicator.LATE_BIRTHS, "补报", "late", 5),
            new Headline(Indicator.BENEFIT_PAID_AMOUNT_PCT, "发放率%", "paid%", 7));
    /** Short headers of indicators villages may be ranked on besides the headline ones (else the id). */
    private static final List<Headline> RANKED = List.of(
            new Headline(Indicator.TIMELY_PCT, "及时率%", "timely%", 7),
            new Headline(Indicator.GFR_PERMILLE, "生育率‰", "gfr‰", 7),
            new Headline(Indicator.MIGRANT_COMPLETE_PCT, "完整率%", "complete%", 9),
            new Headline(Indicator.BENEFIT_PAID_COUNT_PCT, "足额率%", "full%", 7));

    /** Every column of the report, labels in the interface language, flags as marks (the CSV writes values only). */
    public static Sheet full(Report report, Flags flags, Language language) {
        boolean zh = language == Language.ZH;
        List<Sheet.Column> columns = new ArrayList<>(List.of(
                new Sheet.Column("area_code", zh ? "区划代码" : "area code", 12, false),
                new Sheet.Column("area_name", zh ? "名称" : "area name", 10, false)));
        for (Column c : Column.ALL) {
            columns.add(new Sheet.Column(c.id(), c.label(language), 10, c.variant() == Column.Variant.VALUE));
        }
        List<List<Sheet.Cell>> rows = new ArrayList<>();
        for (Report.Row row : report.rows()) {
            List<Sheet.Cell> cells = areaCells(row);
            for (Column c : Column.ALL) {
                cells.add(figure(row, c, flags, language));
            }
            rows.add(cells);
        }
        return new Sheet(sheetName(report), title(report, language), columns, rows, 2, List.of());
    }

    /**
     * The report as an 80-column text table: the headline indicators, the one villages are ranked
     * on beside them (its last-ranked marks are in its own column), a key to the marks below.
     */
    public static Sheet table(Report report, Flags flags, Flags.Rules rules, Language language) {
        boolean zh = language == Language.ZH;
        List<Headline> shown = new ArrayList<>(HEADLINES);
        if (rules.rankBy() != null && shown.stream().noneMatch(h -> h.indicator() == rules.rankBy())) {
            shown.add(RANKED.stream().filter(h -> h.indicator() == rules.rankBy()).findFirst()
                    .orElse(new Headline(rules.rankBy(), rules.rankBy().id(), rules.rankBy().id(), 7)));
        }
        List<Sheet.Column> columns = new ArrayList<>(List.of(new Sheet.Column("area_code", zh ? "代码" : "code", 12, false),
                new Sheet.Column("area_name", zh ? "名称" : "name", 10, false)));
        for (Headline h : shown) {
            boolean marked = h.indicator() == Indicator.SRB || h.indicator() == rules.rankBy();
            columns.add(new Sheet.Column(h.indicator().id(), zh ? h.zh() : h.en(), h.width(), marked));
        }
        List<List<Sheet.Cell>> rows = new ArrayList<>();
        for (Report.Row row : report.rows()) {
            List<Sheet.Cell> cells = areaCells(row);
            for (Headline h : shown) {
                cells.add(figure(row, new Column(h.indicator(), Column.Variant.VALUE), flags, language));
            }
            rows.add(cells);
        }
        List<String> notes = new ArrayList<>();
        notes.add(key(Flags.Flag.SRB_OUT_OF_RANGE, language) + " (" + rules.srbLow() + "-" + rules.srbHigh()
                + (zh ? ", 出生数≥" : ", births >= ") + rules.srbMinBirths() + ")");
        notes.add(key(Flags.Flag.SRB_FEW_BIRTHS, language) + (zh ? " (出生数<" : " (births < ")
                + rules.srbMinBirths() + ")");
        if (rules.rankBy() != null) {
            notes.add(key(Flags.Flag.LAST_RANKED, language) + ": " + rules.rankBy().label(language));
        }
        int more = Indicator.values().length - shown.size();
        notes.add(zh ? "另有 " + more + " 项指标及上年同期、同比见 --format csv 或 xlsx"
                : more + " more indicators, last year and change in --format csv or xlsx");
        return new Sheet(sheetName(report), title(report, language), columns, rows, 2, notes);
    }

    /**
     * Lines below a closed month's text table (SPEC 7: the closed month shows both its frozen and
     * its current figures, and lists the records registered after it was closed): when and by
     * whom, each figure of each area that changed since (as closed -> now), and those records.
     */
    public static List<String> closedNotes(Report current, Closing.ClosedMonth closed, List<Closing.Entered> entered,
                                           Language language) {
        boolean zh = language == Language.ZH;
        String when = closed.close().when();
        List<String> lines = new ArrayList<>();
        lines.add(zh ? current.period() + " 已于 " + when + " 由 " + closed.close().closedBy() + " 结账"
                : current.period() + " closed on " + when + " by " + closed.close().closedBy());
        List<String> changed = new ArrayList<>();
        for (Report.Row now : current.rows()) {
            Report.Row then = closed.frozen().row(now.area().code());
            List<String> figures = new ArrayList<>();
            for (Column c : Column.ALL) {
                String was = then == null ? "" : then.text(c);
                String is = now.text(c);
                if (!was.equals(is)) {
                    String empty = zh ? "空" : "empty";
                    figures.add((zh ? c.label(language) : c.id()) + " " + (was.isEmpty() ? empty : was) + " -> " + (is.isEmpty() ? empty : is));
                }
            }
            if (!figures.isEmpty()) {
                changed.add("  " + now.area().code() + " " + now.area().name() + ": " + String.join("; ", figures));
            }
        }
        if (changed.isEmpty()) {
            lines.add(zh ? "结账后没有数字变化" : "no figure has changed since closing");
        } else {
            lines.add(zh ? "结账后有变化的数字（结账时 -> 现在）：" : "figures changed since closing (as closed -> now):");
            lines.addAll(changed);
        }
        for (Closing.Entered e : entered) {
            lines.add((zh ? "结账后登记的记录：" : "registered after closing: ") + (zh ? e.register().label(language) : e.register().fileName()) + " id "
                    + String.join(", ", e.ids().stream().map(String::valueOf).toList()));
        }
        return lines;
    }

    private static List<Sheet.Cell> areaCells(Report.Row row) {
        return new ArrayList<>(List.of(Sheet.Cell.text(row.area().code()), Sheet.Cell.text(row.area().name())));
    }

    /** A figure with its flag's mark (only on the figure itself, not on last year's or the change). */
    private static Sheet.Cell figure(Report.Row row, Column c, Flags flags, Language language) {
        Flags.Flag flag = c.variant() == Column.Variant.VALUE ? flags.get(row.area().code(), c.indicator()) : null;
        Sheet.Mark mark = flag == null ? null : new Sheet.Mark(flag.mark(), flag.label(language), tone(flag));
        return new Sheet.Cell(row.text(c), row.value(c), c.decimals(), mark);
    }

    static Sheet.Tone tone(Flags.Flag flag) {
        return switch (flag) {
            case SRB_OUT_OF_RANGE -> Sheet.Tone.ALARM;
            case SRB_FEW_BIRTHS -> Sheet.Tone.CAUTION;
            case LAST_RANKED -> Sheet.Tone.NOTICE;
        };
    }

    /** The period's name, without the characters a sheet name may not hold. */
    static String sheetName(Report report) {
        return report.period().toString().replace(':', ' ');
    }

    private static String title(Report report, Language language) {
        String areas = report.tops().stream().map(r -> r.area().code() + " " + r.area().name())
                .collect(java.util.stream.Collectors.joining(", "));
        return (language == Language.ZH ? "统计表 " : "Tally ") + report.period() + "  (" + report.range() + ")  "
                + areas;
    }

    /** A line of the key below the table: the mark, then what it means. */
    private static String key(Flags.Flag flag, Language language) {
        return flag.mark() + " " + flag.label(language);
    }
}
