package taizhang.io;

import java.io.IOException;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import taizhang.domain.Problem;
import taizhang.domain.Refusal;

/** Which cell styles of a workbook show a number as a date: the only thing taizhang reads from styles. */
final class XlsxStyles {
    private XlsxStyles() {
    }

    /** The indexes of {@code <cellXfs>} entries whose number format is a date format. */
    static BitSet dateStyles(XlsxPackage pkg, String part) throws IOException {
        Map<Integer, String> formats = new HashMap<>();
        BitSet dates = new BitSet();
        XMLStreamReader r = pkg.xml(part, 64);
        try {
            boolean inCellXfs = false;
            int xf = 0;
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = r.getLocalName();
                    if (name.equals("numFmt")) {
                        Integer id = integer(r.getAttributeValue(null, "numFmtId"));
                        if (id != null) {
                            formats.put(id, String.valueOf(r.getAttributeValue(null, "formatCode")));
                        }
                    } else if (name.equals("cellXfs")) {
                        inCellXfs = true;
                    } else if (name.equals("xf") && inCellXfs) {
                        Integer id = integer(r.getAttributeValue(null, "numFmtId"));
                        if (id != null && isDate(id, formats.get(id))) {
                            dates.set(xf);
                        }
                        xf++;
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("cellXfs")) {
                    inCellXfs = false;
                }
            }
            r.close();
        } catch (XMLStreamException e) {
            throw new Refusal(Problem.Code.XLSX_BROKEN, part);
        }
        return dates;
    }

    private static Integer integer(String s) {
        try {
            return s == null ? null : Integer.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * Excel's built-in date formats (14–22; 27–36 and 50–58 are the Chinese, Japanese and Korean
     * ones, such as {@code yyyy"年"m"月"d"日"}), or a custom format with a year or a day in it once
     * its quoted text, escapes and bracketed parts ({@code [Red]}, {@code [$-804]}) are set aside.
     */
    static boolean isDate(int id, String code) {
        if (id >= 14 && id <= 22 || id >= 27 && id <= 36 || id >= 50 && id <= 58) {
            return true;
        }
        if (code == null) {
            return false;
        }
        StringBuilder bare = new StringBuilder();
        boolean quoted = false;
        boolean bracket = false;
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (quoted) {
                continue;
            } else if (c == '\\' || c == '_' || c == '*') {
                i++;
            } else if (c == '[') {
                bracket = true;
            } else if (c == ']') {
                bracket = false;
            } else if (!bracket) {
                bare.append(Character.toLowerCase(c));
            }
        }
        String b = bare.toString().replace("general", "");
        return b.indexOf('y') >= 0 || b.indexOf('d') >= 0;
    }
}
