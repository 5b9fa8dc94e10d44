package taizhang.tally;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import taizhang.domain.AreaLevel;
import taizhang.domain.Problem;
import taizhang.domain.Refusal;
import taizhang.storage.TallyStore;

/** The live areas as a tree: county, townships, villages, each with its children in code order. */
public final class AreaTree {

    /** One area and its children in code order; its level comes from its code (null for a code of another shape). */
    public record Area(String code, String name, String parentCode, AreaLevel level, List<Area> children) {
        public boolean isVillage() {
            return level == AreaLevel.VILLAGE;
        }
    }

    private final Map<String, Area> byCode;
    private final Area root;

    private AreaTree(Map<String, Area> byCode, Area root) {
        this.byCode = byCode;
        this.root = root;
    }

    static AreaTree load(TallyStore store) {
        List<TallyStore.AreaRow> rows = store.areas();
        Map<String, List<Area>> children = new HashMap<>();
        Map<String, Area> byCode = new HashMap<>();
        // Rows come in code order, so each child list is in code order too.
        for (TallyStore.AreaRow row : rows) {
            Area area = new Area(row.code(), row.name(), row.parentCode(), AreaLevel.of(row.code()),
                    Collections.unmodifiableList(children.computeIfAbsent(row.code(), k -> new ArrayList<>())));
            byCode.put(row.code(), area);
            if (row.parentCode() != null) {
                children.computeIfAbsent(row.parentCode(), k -> new ArrayList<>()).add(area);
            }
        }
        Area root = rows.stream().filter(r -> r.parentCode() == null).findFirst()
                .map(r -> byCode.get(r.code())).orElse(null);
        return new AreaTree(byCode, root);
    }

    /** The root of the tree (the county); null when there are no areas yet. */
    public Area root() {
        return root;
    }

    /** The area with this code; the message of the exception is fit to show the clerk. */
    public Area find(String code) {
        Area area = byCode.get(code);
        if (area == null) {
            throw new Refusal(Problem.Code.NO_AREA, code);
        }
        return area;
    }

    /** The codes of the villages under (or equal to) an area. */
    public List<String> villagesUnder(Area area) {
        List<String> out = new ArrayList<>();
        collectVillages(area, out);
        return out;
    }

    private static void collectVillages(Area area, List<String> out) {
        if (area.isVillage()) {
            out.add(area.code());
        }
        for (Area child : area.children()) {
            collectVillages(child, out);
        }
    }

    /**
     * The rows of a report under an area in SPEC 7 tree order: each child's rows (villages in
     * code order, then the township's total), then the area's own row last.
     */
    public List<Area> reportOrder(Area area) {
        List<Area> out = new ArrayList<>();
        collectRows(area, out);
        return out;
    }

    private static void collectRows(Area area, List<Area> out) {
        for (Area child : area.children()) {
            collectRows(child, out);
        }
        out.add(area);
    }
}
