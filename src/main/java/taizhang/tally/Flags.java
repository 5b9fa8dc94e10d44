package taizhang.tally;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import taizhang.storage.Settings;

/**
 * The flags of SPEC 6 on a report: the sex ratio outside the normal range on enough births,
 * the sex ratio resting on too few births, and the village ranking last on a chosen
 * indicator. The CSV carries values only; the table, the XLSX and the screen show these.
 */
public final class Flags {

    public enum Flag {
        SRB_OUT_OF_RANGE("!", "性别比超出正常范围", "sex ratio outside the normal range"),
        SRB_FEW_BIRTHS("?", "出生数少，性别比仅供参考", "sex ratio rests on few births"),
        LAST_RANKED("v", "排名末位", "ranks last");

        private final String mark;
        private final String zh;
        private final String en;

        Flag(String mark, String zh, String en) {
            this.mark = mark;
            this.zh = zh;
            this.en = en;
        }

        /** The mark beside a flagged figure in the text report and on the tally screen, so it shows without colour. */
        public String mark() {
            return mark;
        }

        public String label(taizhang.domain.Language language) {
            return language == taizhang.domain.Language.ZH ? zh : en;
        }
    }

    /** The thresholds: the normal SRB range and the fewest births it is judged on (settings). */
    public record Rules(BigDecimal srbLow, BigDecimal srbHigh, long srbMinBirths, Indicator rankBy) {
        public static Rules of(Settings settings, Indicator rankBy) {
            return new Rules(new BigDecimal(settings.get(Settings.SRB_LOW)), new BigDecimal(settings.get(Settings.SRB_HIGH)),
                    Long.parseLong(settings.get(Settings.SRB_MIN_BIRTHS)), rankBy);
        }
    }

    /** The indicator ranked by default: the share of births registered in time. */
    public static final Indicator DEFAULT_RANK = Indicator.TIMELY_PCT;

    private final Map<String, Map<Indicator, Flag>> flags;

    private Flags(Map<String, Map<Indicator, Flag>> flags) {
        this.flags = flags;
    }

    public static Flags of(Report report, Rules rules) {
        Map<String, Map<Indicator, Flag>> out = new HashMap<>();
        for (Report.Row row : report.rows()) {
            Flag flag = srb(row.value(Indicator.SRB), row.value(Indicator.BIRTHS), rules);
            if (flag != null) {
                out.computeIfAbsent(row.area().code(), k -> new HashMap<>()).put(Indicator.SRB, flag);
            }
        }
        markLast(report.rows(), rules.rankBy(), out);
        return new Flags(out);
    }

    /**
     * The flag on a sex ratio judged on the births it rests on: too few births, or outside the
     * normal range on enough; null when it is in range or undefined.
     */
    public static Flag srb(BigDecimal srb, BigDecimal births, Rules rules) {
        if (srb == null) {
            return null;
        }
        if (births.longValue() < rules.srbMinBirths()) {
            return Flag.SRB_FEW_BIRTHS;
        }
        return srb.compareTo(rules.srbLow()) < 0 || srb.compareTo(rules.srbHigh()) > 0 ? Flag.SRB_OUT_OF_RANGE : null;
    }

    /** Marks every village with the lowest defined value, unless all villages share one value. */
    private static void markLast(List<Report.Row> rows, Indicator rankBy, Map<String, Map<Indicator, Flag>> out) {
        if (rankBy == null) {
            return;
        }
        List<Report.Row> ranked = rows.stream()
                .filter(r -> r.area().isVillage() && r.value(rankBy) != null).toList();
        if (ranked.size() < 2) {
            return;
        }
        BigDecimal lowest = ranked.stream().map(r -> r.value(rankBy)).min(BigDecimal::compareTo).orElseThrow();
        BigDecimal highest = ranked.stream().map(r -> r.value(rankBy)).max(BigDecimal::compareTo).orElseThrow();
        if (lowest.compareTo(highest) == 0) {
            return; // no village ranks below another
        }
        for (Report.Row r : ranked) {
            if (r.value(rankBy).compareTo(lowest) == 0) {
                out.computeIfAbsent(r.area().code(), k -> new HashMap<>()).put(rankBy, Flag.LAST_RANKED);
            }
        }
    }

    /** The flag on an area's figure, or null. */
    public Flag get(String areaCode, Indicator indicator) {
        return flags.getOrDefault(areaCode, Map.of()).get(indicator);
    }

    public Map<Indicator, Flag> of(String areaCode) {
        return flags.getOrDefault(areaCode, Map.of());
    }
}
