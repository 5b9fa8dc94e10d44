package taizhang.ui;

import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import taizhang.domain.Language;
import taizhang.domain.Register;
import taizhang.storage.Database;
import taizhang.storage.KeptFigures;
import taizhang.tally.Flags;

/**
 * Home's figures kept in the file ({@link KeptFigures}) between starts: the counts, the months
 * not closed, the headline figures and the records with warnings, as one account sees them on one
 * day in one language, counted by this build of the program (another build may count otherwise).
 * A start with nothing changed since the last count shows them in its first frame after sign-in.
 */
final class KeptHome {
    /** This build of the program: its jar's (or classes folder's) time and size; null when unknown. */
    private static final String BUILD = build();

    private final String key;
    private final long change;

    private KeptHome(String key, long change) {
        this.key = key;
        this.change = change;
    }

    /** Home as {@code office}'s account sees it in {@code language}, at the last change as of now. */
    static KeptHome of(Office office, Language language) {
        return new KeptHome(BUILD + " " + office.homeKey(language), office.audit.lastChange());
    }

    /**
     * The same for home counted on the screens (back from a register, or after another clerk
     * saved): kept for the next start too. Null when the last change cannot be asked now, or
     * for a server's session (its sessions share home; the server keeps nothing).
     */
    static KeptHome counting(Office office, Language language) {
        if (!office.keepsHome()) {
            return null;
        }
        try {
            return of(office, language);
        } catch (RuntimeException e) {
            return null; // the figures are still counted; only not kept
        }
    }

    /** Keeps what was just counted, on a connection of its own; returns the slow parts as they were. */
    HomeView.Slow countedNow(Office office, HomeView.Figures figures, HomeView.Slow slow) {
        if (figures != null) {
            try (Database own = office.another()) {
                keep(own, figures, slow);
            } catch (RuntimeException e) {
                // Not kept: counted again at the next start.
            }
        }
        return slow;
    }

    /** What home showed when last counted at this same change; null when it must be counted. */
    Snapshot read(Database db) {
        if (BUILD == null) {
            return null;
        }
        String json = new KeptFigures(db).read(key, change);
        try {
            return json == null ? null : parse(json);
        } catch (IOException | RuntimeException e) {
            return null; // kept by another build in another shape: counted again
        }
    }

    /** Keeps what was counted since {@link #of} (nothing when a part failed: it is asked again next time). */
    void keep(Database db, HomeView.Figures figures, HomeView.Slow slow) {
        if (BUILD != null && !slow.failed()) {
            new KeptFigures(db).keep(key, change, write(new Snapshot(figures, slow)));
        }
    }

    /** Home's figures, all of them. */
    record Snapshot(HomeView.Figures figures, HomeView.Slow slow) {
    }

    static String write(Snapshot s) {
        StringWriter out = new StringWriter();
        try (JsonWriter w = new JsonWriter(out)) {
            w.beginObject();
            w.name("counts").beginObject();
            for (Map.Entry<Register, Long> c : s.figures().counts().entrySet()) {
                w.name(c.getKey().name()).value(c.getValue());
            }
            w.endObject();
            w.name("open").beginArray();
            for (YearMonth m : s.figures().openMonths()) {
                w.value(m.toString());
            }
            w.endArray();
            Headline h = s.slow().headline().value();
            w.name("headline");
            if (h == null) {
                w.nullValue();
            } else {
                w.beginObject().name("area").value(h.area()).name("current").value(h.current().toString());
                w.name("figures").beginArray();
                for (Headline.Figure f : h.figures()) {
                    w.beginObject().name("label").value(f.label()).name("value").value(f.value())
                            .name("flag").value(f.flag() == null ? null : f.flag().name())
                            .name("sparkline").value(f.sparkline()).endObject();
                }
                w.endArray().endObject();
            }
            w.name("warnings").beginArray();
            for (HomeView.Warning warning : s.slow().warnings().value()) {
                w.beginObject().name("register").value(warning.register().name()).name("id").value(warning.id())
                        .name("text").value(warning.text()).endObject();
            }
            w.endArray();
            w.endObject();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }

    static Snapshot parse(String json) throws IOException {
        try (JsonReader r = new JsonReader(new StringReader(json))) {
            Map<Register, Long> counts = new EnumMap<>(Register.class);
            List<YearMonth> open = new ArrayList<>();
            Headline headline = null;
            List<HomeView.Warning> warnings = new ArrayList<>();
            r.beginObject();
            while (r.hasNext()) {
                switch (r.nextName()) {
                    case "counts" -> {
                        r.beginObject();
                        while (r.hasNext()) {
                            counts.put(Register.valueOf(r.nextName()), r.nextLong());
                        }
                        r.endObject();
                    }
                    case "open" -> {
                        r.beginArray();
                        while (r.hasNext()) {
                            open.add(month(r.nextString()));
                        }
                        r.endArray();
                    }
                    case "headline" -> headline = headline(r);
                    case "warnings" -> {
                        r.beginArray();
                        while (r.hasNext()) {
                            warnings.add(warning(r));
                        }
                        r.endArray();
                    }
                    default -> throw new IOException("unknown part of home's figures");
                }
            }
            r.endObject();
            return new Snapshot(new HomeView.Figures(counts, open),
                    new HomeView.Slow(new HomeView.Part<>(headline, null), new HomeView.Part<>(warnings, null)));
        }
    }

    private static Headline headline(JsonReader r) throws IOException {
        if (r.peek() == JsonToken.NULL) {
            r.nextNull();
            return null;
        }
        Map<String, String> fields = new java.util.HashMap<>();
        List<Headline.Figure> figures = new ArrayList<>();
        r.beginObject();
        while (r.hasNext()) {
            String name = r.nextName();
            if (name.equals("figures")) {
                r.beginArray();
                while (r.hasNext()) {
                    Map<String, String> f = strings(r);
                    String flag = f.get("flag");
                    figures.add(new Headline.Figure(f.get("label"), f.get("value"),
                            flag == null ? null : Flags.Flag.valueOf(flag), f.get("sparkline")));
                }
                r.endArray();
            } else {
                fields.put(name, r.nextString());
            }
        }
        r.endObject();
        return new Headline(fields.get("area"), month(fields.get("current")), figures);
    }

    private static HomeView.Warning warning(JsonReader r) throws IOException {
        Map<String, String> f = strings(r);
        return new HomeView.Warning(Register.valueOf(f.get("register")), Long.parseLong(f.get("id")), f.get("text"));
    }

    /** An object of plain values, each as text (null for null). */
    private static Map<String, String> strings(JsonReader r) throws IOException {
        Map<String, String> fields = new java.util.HashMap<>();
        r.beginObject();
        while (r.hasNext()) {
            String name = r.nextName();
            if (r.peek() == JsonToken.NULL) {
                r.nextNull();
                fields.put(name, null);
            } else {
                fields.put(name, r.nextString());
            }
        }
        r.endObject();
        return fields;
    }

    /** {@code 2026-11}, read by hand: YearMonth's own parser costs a start some milliseconds to build. */
    private static YearMonth month(String text) {
        return YearMonth.of(Integer.parseInt(text.substring(0, 4)), Integer.parseInt(text.substring(5)));
    }

    private static String build() {
        try {
            java.security.CodeSource source = KeptHome.class.getProtectionDomain().getCodeSource();
            java.nio.file.Path where = java.nio.file.Path.of(source.getLocation().toURI());
            return java.nio.file.Files.getLastModifiedTime(where).toMillis() + ":" + java.nio.file.Files.size(where);
        } catch (Exception e) {
            return null; // not from a file: nothing is kept, home is counted at each start
        }
    }
}
