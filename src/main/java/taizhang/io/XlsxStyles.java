package taizhang.io;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import taizhang.domain.Problem;
import taizhang.domain.Refusal;

/** What the cell styles of a workbook do to a number (date, decimals shown): the only thing taizhang reads from styles. */
final class XlsxStyles {
    private final NumberFormat[] formats;

    private XlsxStyles(NumberFormat[] formats) {
        this.formats = formats;
    }

    /** A workbook without styles: every number in General. */
    static final XlsxStyles NONE = new XlsxStyles(new NumberFormat[0]);

    /** The number format of the {@code <cellXfs>} entry {@code style} (General when there is none). */
    NumberFormat format(int style) {
        return style >= 0 && style < formats.length ? formats[style] : NumberFormat.GENERAL;
    }

    /** The number format of each {@code <cellXfs>} entry. */
    static XlsxStyles read(XlsxPackage pkg, String part) throws IOException {
        Map<Integer, String> codes = new HashMap<>();
        List<NumberFormat> xfs = new ArrayList<>();
        XMLStreamReader r = pkg.xml(part, 64);
        try {
            boolean inCellXfs = false;
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = r.getLocalName();
                    if (name.equals("numFmt")) {
                        Integer id = integer(r.getAttributeValue(null, "numFmtId"));
                        if (id != null) {
                            codes.put(id, String.valueOf(r.getAttributeValue(null, "formatCode")));
                        }
                    } else if (name.equals("cellXfs")) {
                        inCellXfs = true;
                    } else if (name.equals("xf") && inCellXfs) {
                        Integer id = integer(r.getAttributeValue(null, "numFmtId"));
                        xfs.add(id == null ? NumberFormat.GENERAL : NumberFormat.of(id, codes.get(id)));
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("cellXfs")) {
                    inCellXfs = false;
                }
            }
            r.close();
        } catch (XMLStreamException e) {
            throw new Refusal(Problem.Code.XLSX_BROKEN, part);
        }
        return new XlsxStyles(xfs.toArray(NumberFormat[]::new));
    }

    private static Integer integer(String s) {
        try {
            return s == null ? null : Integer.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Whether the format {@code id} (its {@code code} when custom) shows a number as a date. */
    static boolean isDate(int id, String code) {
        return NumberFormat.of(id, code).date();
    }
}
