package taizhang.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A hand-made XLSX package, part by part, for files no office suite would write: a sheet row
 * past Excel's last, a cell past its last column, an entity bomb, a zip bomb.
 */
public final class XlsxParts {
    private final Map<String, byte[]> parts = new LinkedHashMap<>();

    private XlsxParts() {
    }

    /** The parts every workbook needs, and a first sheet with {@code sheetData} inside. */
    public static XlsxParts workbook(String sheetData) {
        XlsxParts x = new XlsxParts();
        x.put("[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/"
                + "2006/content-types\"><Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>");
        x.put("_rels/.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/"
                + "2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/"
                + "officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
        x.put("xl/workbook.xml", "<?xml version=\"1.0\"?><workbook xmlns=\"http://schemas.openxmlformats.org/"
                + "spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                + "relationships\"><sheets><sheet name=\"1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
        x.put("xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas."
                + "openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas."
                + "openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                + "</Relationships>");
        x.sheet(sheetData);
        return x;
    }

    public XlsxParts sheet(String sheetData) {
        return put("xl/worksheets/sheet1.xml", "<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas."
                + "openxmlformats.org/spreadsheetml/2006/main\"><sheetData>" + sheetData + "</sheetData></worksheet>");
    }

    public XlsxParts put(String name, String xml) {
        parts.put(name, xml.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    public XlsxParts put(String name, byte[] bytes) {
        parts.put(name, bytes);
        return this;
    }

    public XlsxParts remove(String name) {
        parts.remove(name);
        return this;
    }

    /** One row of inline-string cells, {@code A1}-style references from column A. */
    public static String row(int number, List<String> cells) {
        StringBuilder b = new StringBuilder("<row r=\"" + number + "\">");
        for (int i = 0; i < cells.size(); i++) {
            b.append("<c r=\"").append((char) ('A' + i)).append(number).append("\" t=\"inlineStr\"><is><t>")
                    .append(cells.get(i).replace("&", "&amp;").replace("<", "&lt;")).append("</t></is></c>");
        }
        return b.append("</row>").toString();
    }

    public Path write(Path file) throws IOException {
        try (OutputStream os = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(os)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            for (Map.Entry<String, byte[]> p : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(p.getKey()));
                zip.write(p.getValue());
                zip.closeEntry();
            }
        }
        return file;
    }

    /**
     * A package whose sheet is {@code megabytes} of one repeated row: it packs to almost nothing
     * and unpacks past any honest ratio. Written as it is deflated, so the test holds no big array.
     */
    public static Path bomb(Path file, int megabytes) throws IOException {
        XlsxParts x = workbook("");
        x.remove("xl/worksheets/sheet1.xml");
        try (OutputStream os = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(os)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            for (Map.Entry<String, byte[]> p : x.parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(p.getKey()));
                zip.write(p.getValue());
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write(("<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/"
                    + "2006/main\"><sheetData>").getBytes(StandardCharsets.UTF_8));
            byte[] block = " ".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < megabytes; i++) {
                zip.write(block);
            }
            zip.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return file;
    }

    /**
     * The same file with every size the zip's central directory gives for {@code entry} rewritten
     * to {@code size}: a directory that lies, as a crafted bomb's does.
     */
    public static void lieAboutSize(Path file, String entry, int size) throws IOException {
        byte[] zip = Files.readAllBytes(file);
        byte[] name = entry.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i + 46 < zip.length; i++) {
            if (zip[i] == 'P' && zip[i + 1] == 'K' && zip[i + 2] == 1 && zip[i + 3] == 2
                    && matches(zip, i + 46, name)) {
                putInt(zip, i + 24, size);
            }
        }
        Files.write(file, zip);
    }

    private static boolean matches(byte[] zip, int at, byte[] name) {
        if (at + name.length > zip.length) {
            return false;
        }
        for (int j = 0; j < name.length; j++) {
            if (zip[at + j] != name[j]) {
                return false;
            }
        }
        return true;
    }

    private static void putInt(byte[] b, int at, int v) {
        b[at] = (byte) v;
        b[at + 1] = (byte) (v >> 8);
        b[at + 2] = (byte) (v >> 16);
        b[at + 3] = (byte) (v >> 24);
    }
}
