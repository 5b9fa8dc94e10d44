package taizhang.ui;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import taizhang.domain.Language;
import taizhang.domain.Period;
import taizhang.storage.Database;
import taizhang.tally.Flags;
import taizhang.tally.Indicator;
import taizhang.tally.Tally;

/**
 * The tally's headline figures for home: the current month's value of a few indicators for the
 * whole county, each with a sparkline of the last 12 months, asked of the same tally engine as
 * the report (home asks it beside the screens, after the first frame).
 */
record Headline(YearMonth current, List<Figure> figures) {

    /** The indicators home shows, in order. */
    static final List<Indicator> SHOWN = List.of(Indicator.BIRTHS, Indicator.DEATHS, Indicator.SRB,
            Indicator.MIGRANTS_IN, Indicator.MIGRANTS_OUT, Indicator.VISITS, Indicator.FIRST_MARRIAGES_WOMEN,
            Indicator.BENEFIT_PAID_COUNT_PCT);
    static final int MONTHS = 12;
    /** Sparkline levels, lowest first: ASCII only, so that no terminal draws them at the wrong width. */
    private static final String LEVELS = "_.-~=+*#";

    /** One indicator: its label, this month's value ("-" when undefined), its flag or null, the trend of 12 months. */
    record Figure(String label, String value, Flags.Flag flag, String sparkline) {
    }

    /** The figures of the county; null when there is no tally to make (no areas yet). */
    static Headline read(Database db, LocalDate today, Language language) {
        Tally tally = new Tally(db);
        if (tally.areas().root() == null) {
            return null;
        }
        YearMonth current = YearMonth.from(today);
        java.util.Map<Indicator, List<BigDecimal>> series = tally.series(SHOWN, null, Period.month(current), MONTHS);
        Flags.Rules rules = tally.flagRules(null);
        List<Figure> figures = new ArrayList<>();
        for (Indicator i : SHOWN) {
            BigDecimal now = last(series.get(i));
            // The sex ratio's flags, from the tally's one definition: on 5 births it is marked as resting on few.
            Flags.Flag flag = i == Indicator.SRB ? Flags.srb(now, last(series.get(Indicator.BIRTHS)), rules) : null;
            figures.add(new Figure(i.label(language), now == null ? "-" : now.toPlainString(), flag,
                    sparkline(series.get(i))));
        }
        return new Headline(current, figures);
    }

    private static BigDecimal last(List<BigDecimal> values) {
        return values.get(values.size() - 1);
    }

    /** One character per month, scaled between the smallest and largest value; a blank where undefined. */
    static String sparkline(List<BigDecimal> values) {
        BigDecimal min = null;
        BigDecimal max = null;
        for (BigDecimal v : values) {
            if (v != null) {
                min = min == null || v.compareTo(min) < 0 ? v : min;
                max = max == null || v.compareTo(max) > 0 ? v : max;
            }
        }
        StringBuilder b = new StringBuilder();
        for (BigDecimal v : values) {
            if (v == null) {
                b.append(' ');
            } else if (max.compareTo(min) == 0) {
                b.append(v.signum() == 0 ? LEVELS.charAt(0) : '-');
            } else {
                double share = v.subtract(min).doubleValue() / max.subtract(min).doubleValue();
                b.append(LEVELS.charAt((int) Math.round(share * (LEVELS.length() - 1))));
            }
        }
        return b.toString();
    }
}
