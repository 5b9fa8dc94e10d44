package taizhang.reconcile;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import taizhang.domain.ListedBirth;

/**
 * Pairs the rows of a list with births of the register (SPEC 12): one to one, greedy by tier
 * (certificate, then mother's ID, then alike names), and within a tier best first: the smallest
 * difference of birth dates, then the names most alike. A pure function of its two lists.
 */
public final class Matching {

    /** Birth dates further apart than this are two births (except for a certificate number). */
    static final int MAX_DAYS = 3;

    /** Row {@code listed} of the list and birth {@code registered} of the register, paired by {@code tier}. */
    public record Match(int listed, int registered, Tier tier) {
    }

    private record Candidate(int listed, int registered, long days, double similarity) {
    }

    private static final Comparator<Candidate> BEST_FIRST = Comparator.comparingLong(Candidate::days)
            .thenComparing(Comparator.comparingDouble(Candidate::similarity).reversed())
            .thenComparingInt(Candidate::listed).thenComparingInt(Candidate::registered);

    private final List<ListedBirth> list;
    private final List<RegisteredBirth> register;
    private final boolean[] listedTaken;
    private final boolean[] registeredTaken;
    private final Alike alike = new Alike();
    private final List<Match> matches = new ArrayList<>();

    private Matching(List<ListedBirth> list, List<RegisteredBirth> register) {
        this.list = list;
        this.register = register;
        this.listedTaken = new boolean[list.size()];
        this.registeredTaken = new boolean[register.size()];
    }

    /** Every pair found, by tier and within a tier in the order taken. */
    public static List<Match> match(List<ListedBirth> list, List<RegisteredBirth> register) {
        Matching m = new Matching(list, register);
        m.take(Tier.CERTIFICATE, m.byCertificate());
        m.take(Tier.MOTHER_ID, m.byMotherId());
        m.take(Tier.NAME, m.byName());
        return List.copyOf(m.matches);
    }

    private void take(Tier tier, List<Candidate> candidates) {
        candidates.sort(BEST_FIRST);
        for (Candidate c : candidates) {
            if (!listedTaken[c.listed()] && !registeredTaken[c.registered()]) {
                listedTaken[c.listed()] = true;
                registeredTaken[c.registered()] = true;
                matches.add(new Match(c.listed(), c.registered(), tier));
            }
        }
    }

    private List<Candidate> byCertificate() {
        Map<String, List<Integer>> births = index(r -> register.get(r).certificateNo());
        List<Candidate> out = new ArrayList<>();
        for (int l = 0; l < list.size(); l++) {
            String certificate = list.get(l).certificateNo();
            for (int r : certificate == null ? List.<Integer>of() : births.getOrDefault(certificate, List.of())) {
                out.add(candidate(l, r));
            }
        }
        return out;
    }

    /**
     * The same mother's ID number and dates at most 3 days apart. When she had twins (two births
     * near that date on either side) only a child of the same sex is a candidate, so twins are
     * never crossed; between twins of one sex, the closer child name wins.
     */
    private List<Candidate> byMotherId() {
        Map<String, List<Integer>> births = index(r -> register.get(r).motherIdNumber());
        Map<String, List<Integer>> rows = new HashMap<>();
        for (int l = 0; l < list.size(); l++) {
            if (list.get(l).motherIdNumber() != null) {
                rows.computeIfAbsent(list.get(l).motherIdNumber(), k -> new ArrayList<>()).add(l);
            }
        }
        List<Candidate> out = new ArrayList<>();
        for (int l = 0; l < list.size(); l++) {
            ListedBirth row = list.get(l);
            if (listedTaken[l] || row.motherIdNumber() == null) {
                continue;
            }
            List<Integer> near = new ArrayList<>();
            for (int r : births.getOrDefault(row.motherIdNumber(), List.of())) {
                if (days(row.birthDate(), register.get(r).birthDate()) <= MAX_DAYS) {
                    near.add(r);
                }
            }
            for (int r : near) {
                RegisteredBirth birth = register.get(r);
                boolean twins = near.size() > 1 || rowsNear(rows.get(row.motherIdNumber()), birth.birthDate()) > 1;
                if (!registeredTaken[r] && (!twins || birth.childSex().equals(row.childSex()))) {
                    out.add(candidate(l, r));
                }
            }
        }
        return out;
    }

    private long rowsNear(List<Integer> rows, LocalDate date) {
        return rows.stream().filter(l -> days(list.get(l).birthDate(), date) <= MAX_DAYS).count();
    }

    /**
     * The mother's name and the child's (when both have one) alike by pinyin and of the same
     * length, dates at most 3 days apart, the same village when the row names one.
     */
    private List<Candidate> byName() {
        Map<LocalDate, List<Integer>> byDate = new HashMap<>();
        for (int r = 0; r < register.size(); r++) {
            if (!registeredTaken[r]) {
                byDate.computeIfAbsent(register.get(r).birthDate(), k -> new ArrayList<>()).add(r);
            }
        }
        List<Candidate> out = new ArrayList<>();
        for (int l = 0; l < list.size(); l++) {
            if (listedTaken[l]) {
                continue;
            }
            ListedBirth row = list.get(l);
            for (int d = -MAX_DAYS; d <= MAX_DAYS; d++) {
                for (int r : byDate.getOrDefault(row.birthDate().plusDays(d), List.of())) {
                    if (namesAlike(row, register.get(r))) {
                        out.add(candidate(l, r));
                    }
                }
            }
        }
        return out;
    }

    private boolean namesAlike(ListedBirth row, RegisteredBirth birth) {
        if (row.areaCode() != null && !row.areaCode().equals(birth.areaCode())) {
            return false;
        }
        if (!alike.alike(row.motherName(), birth.motherName())) {
            return false;
        }
        return row.childName() == null || birth.childName() == null || alike.alike(row.childName(), birth.childName());
    }

    /**
     * A pair with its ranking: days apart, and how alike the names are: the mean of the mother's
     * and the child's, a child name missing on either side counting as not alike at all (so a
     * twin registered as 李燕琪 is closer to the list's 李燕琪 than her sister not yet named).
     */
    private Candidate candidate(int l, int r) {
        ListedBirth row = list.get(l);
        RegisteredBirth birth = register.get(r);
        double child = row.childName() == null || birth.childName() == null
                ? 0 : alike.similarity(row.childName(), birth.childName());
        double similarity = (alike.similarity(row.motherName(), birth.motherName()) + child) / 2;
        return new Candidate(l, r, days(row.birthDate(), birth.birthDate()), similarity);
    }

    private Map<String, List<Integer>> index(java.util.function.IntFunction<String> key) {
        Map<String, List<Integer>> out = new HashMap<>();
        for (int r = 0; r < register.size(); r++) {
            String k = key.apply(r);
            if (k != null) {
                out.computeIfAbsent(k, x -> new ArrayList<>()).add(r);
            }
        }
        return out;
    }

    static long days(LocalDate a, LocalDate b) {
        return Math.abs(ChronoUnit.DAYS.between(a, b));
    }
}
