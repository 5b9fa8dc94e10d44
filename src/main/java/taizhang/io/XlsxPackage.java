package taizhang.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import taizhang.domain.Problem;
import taizhang.domain.Refusal;

/**
 * An XLSX file opened as what it is, a zip of XML parts, with the limits a hostile file needs
 * checked as each part is unpacked: no part may unpack to more than {@link #RATIO} times its
 * packed size (the zip-bomb rule, past a small grace size) nor to more than its absolute cap,
 * counted on the bytes actually inflated (a zip's directory can lie about sizes). XML is read
 * with the JDK's own StAX parser, DTDs and external entities off.
 */
final class XlsxPackage implements AutoCloseable {
    static final int RATIO = 100;
    /** Below this many unpacked bytes a part is not held to the ratio (a tiny part can compress oddly). */
    private static final long GRACE = 100 * 1024;
    /** The most a sheet part may unpack to. */
    static final long MAX_PART_MB = 2048;
    /** The most the shared strings may unpack to: they are held in memory while the sheet is read. */
    static final long MAX_STRINGS_MB = 64;
    /** A spreadsheet has a dozen parts; a zip of thousands of entries is not one. */
    private static final int MAX_ENTRIES = 10_000;

    private static final String RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private final ZipFile zip;

    private XlsxPackage(ZipFile zip) {
        this.zip = zip;
    }

    static XlsxPackage open(Path file) throws IOException {
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile());
        } catch (ZipException e) {
            throw new Refusal(Problem.Code.XLSX_NOT_A_PACKAGE);
        }
        if (zip.size() > MAX_ENTRIES) {
            zip.close();
            throw new Refusal(Problem.Code.XLSX_NOT_A_PACKAGE);
        }
        return new XlsxPackage(zip);
    }

    boolean has(String part) {
        return zip.getEntry(part) != null;
    }

    /** A part's bytes as they unpack, held to the limits; a missing part is a damaged file. */
    InputStream part(String name, long maxMb) throws IOException {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
            throw new Refusal(Problem.Code.XLSX_BROKEN, name);
        }
        long packed = Math.max(entry.getCompressedSize(), 1);
        long max = maxMb * 1024 * 1024;
        if (entry.getSize() > max) {
            throw new Refusal(Problem.Code.XLSX_TOO_LARGE, name, maxMb);
        }
        if (entry.getSize() > GRACE && entry.getSize() > packed * RATIO) {
            throw new Refusal(Problem.Code.XLSX_BOMB, name, RATIO);
        }
        try {
            return new Limited(zip.getInputStream(entry), name, packed, maxMb);
        } catch (ZipException e) {
            throw new Refusal(Problem.Code.XLSX_BROKEN, name);
        }
    }

    /** A StAX reader over a part, safe against entity tricks. */
    XMLStreamReader xml(String name, long maxMb) throws IOException {
        try {
            return FACTORY.createXMLStreamReader(part(name, maxMb));
        } catch (XMLStreamException e) {
            throw new Refusal(Problem.Code.XLSX_BROKEN, name);
        }
    }

    private static final XMLInputFactory FACTORY = factory();

    private static XMLInputFactory factory() {
        // The JDK's own parser whatever else is on the class path, so that tests read as users do.
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, false);
        return f;
    }

    /**
     * The relationships of a part ({@code xl/workbook.xml} → {@code xl/_rels/workbook.xml.rels}):
     * by id, each target as a path inside the package; the types are kept under "type:" + id.
     */
    Map<String, String> relationships(String part) throws IOException {
        int slash = part.lastIndexOf('/');
        String folder = slash < 0 ? "" : part.substring(0, slash + 1);
        String rels = folder + "_rels/" + part.substring(slash + 1) + ".rels";
        Map<String, String> byId = new HashMap<>();
        if (!has(rels)) {
            return byId;
        }
        XMLStreamReader r = xml(rels, 16);
        try {
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("Relationship")) {
                    String id = r.getAttributeValue(null, "Id");
                    String target = r.getAttributeValue(null, "Target");
                    if (id != null && target != null) {
                        byId.put(id, resolve(folder, target));
                        byId.put("type:" + id, String.valueOf(r.getAttributeValue(null, "Type")));
                    }
                }
            }
            r.close();
        } catch (XMLStreamException e) {
            throw new Refusal(Problem.Code.XLSX_BROKEN, rels);
        }
        return byId;
    }

    /** The path of the part a relationship of type {@code typeEnd} points to, or null. */
    static String target(Map<String, String> rels, String typeEnd) {
        for (Map.Entry<String, String> e : rels.entrySet()) {
            if (e.getKey().startsWith("type:") && e.getValue().endsWith(typeEnd)) {
                return rels.get(e.getKey().substring(5));
            }
        }
        return null;
    }

    static String relationshipId(XMLStreamReader r) {
        return r.getAttributeValue(RELS, "id");
    }

    private static String resolve(String folder, String target) {
        String path = target.startsWith("/") ? target.substring(1) : folder + target;
        // "xl/worksheets/../sharedStrings.xml" → "xl/sharedStrings.xml"
        java.util.Deque<String> parts = new java.util.ArrayDeque<>();
        for (String p : path.split("/")) {
            if (p.equals("..")) {
                parts.pollLast();
            } else if (!p.isEmpty() && !p.equals(".")) {
                parts.addLast(p);
            }
        }
        return String.join("/", parts);
    }

    /** The names of the package's entries, for a damaged file's message. */
    Enumeration<? extends ZipEntry> entries() {
        return zip.entries();
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    /** Counts the bytes a part unpacks to and stops at the first byte past either limit. */
    private static final class Limited extends FilterInputStream {
        private final String name;
        private final long packed;
        private final long maxMb;
        private long count;

        Limited(InputStream in, String name, long packed, long maxMb) {
            super(in);
            this.name = name;
            this.packed = packed;
            this.maxMb = maxMb;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n;
            try {
                n = super.read(b, off, len);
            } catch (ZipException e) {
                throw new Refusal(Problem.Code.XLSX_BROKEN, name);
            }
            if (n > 0) {
                count += n;
                if (count > maxMb * 1024 * 1024) {
                    throw new Refusal(Problem.Code.XLSX_TOO_LARGE, name, maxMb);
                }
                if (count > GRACE && count > packed * RATIO) {
                    throw new Refusal(Problem.Code.XLSX_BOMB, name, RATIO);
                }
            }
            return n;
        }
    }
}
