package io.github.juesuan.benchmarks;

import io.github.juesuan.excel.ExcelReadResult;
import io.github.juesuan.excel.ExcelReportReader;
import io.github.juesuan.excel.ExcelReportWriter;
import io.github.juesuan.report.FinalAccountReport;
import io.github.juesuan.testing.SampleReports;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The Excel targets of issue 6, measured in one run against Apache POI doing the same work on the
 * same workbook: the full report 001 ({@link SampleReports#jilinGeneralOffice2024()}) as written by
 * {@link ExcelReportWriter}, in a file written once in {@code @Setup}.
 *
 * <ul>
 *   <li>{@code read}: our reader into the model, vs {@code readRawZipStaxFloor} (the JDK's zip and
 *       StAX streaming every sheet and the shared strings, touching every value: the floor no
 *       reader can beat; target: ours within 1.5×), vs {@code readPoiUsermodel} (POI
 *       {@code XSSFWorkbook} visiting every cell; target: ours at least 4× faster);</li>
 *   <li>{@code write}: our writer vs {@code writePoiXssf}, POI XSSF writing a plain grid of the
 *       same cells (no styles, so POI does less; target: ours at least 4× faster).</li>
 * </ul>
 *
 * <p>Allocation per workbook (target: at least 3× lower than POI usermodel) is measured with
 * {@code -prof gc} ({@code gc.alloc.rate.norm}):
 * {@code java -jar benchmarks/target/benchmarks.jar ExcelBenchmark -prof gc}. The flat heap over
 * 10,000 reads is checked by {@link ExcelHeapCheck}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class ExcelBenchmark {

    private FinalAccountReport report;
    private Path file;
    private List<GridSheet> grid;
    private final ExcelReportReader reader = ExcelReportReader.create();
    private final ExcelReportWriter writer = ExcelReportWriter.create();

    /** A sheet as plain cells, for POI to write. */
    static final class GridSheet {
        final String name;
        final List<Object[]> cells = new ArrayList<>(); // {row, col, String or Double}

        GridSheet(String name) {
            this.name = name;
        }
    }

    /** Writes 001 once to a temporary file and takes its cells as a plain grid. */
    @Setup(Level.Trial)
    public void setUp() throws IOException, InvalidFormatException {
        report = SampleReports.jilinGeneralOffice2024();
        file = Files.createTempFile("juesuan-bench-", ".xlsx");
        writer.write(report, file);
        grid = new ArrayList<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(file.toFile())) {
            for (Sheet s : wb) {
                GridSheet g = new GridSheet(s.getSheetName());
                for (Row r : s) {
                    for (Cell c : r) {
                        switch (c.getCellType()) {
                            case NUMERIC:
                                g.cells.add(new Object[] {r.getRowNum(), c.getColumnIndex(), c.getNumericCellValue()});
                                break;
                            case STRING:
                                g.cells.add(new Object[] {r.getRowNum(), c.getColumnIndex(), c.getStringCellValue()});
                                break;
                            default:
                                break;
                        }
                    }
                }
                grid.add(g);
            }
        }
        ExcelReadResult check = reader.read(file);
        if (!check.getReport().equals(report)) {
            throw new IllegalStateException("the workbook does not read back as report 001");
        }
    }

    /** Deletes the temporary file. */
    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Files.deleteIfExists(file);
    }

    /**
     * Reads the workbook into the model with our reader (JDK zip + StAX, guarded).
     *
     * @return the result
     */
    @Benchmark
    public ExcelReadResult read() {
        return reader.read(file);
    }

    /**
     * The floor: opens the zip and stream-parses the shared strings and every sheet with the
     * JDK's StAX, touching every text and attribute value, building nothing.
     *
     * @param bh the sink
     */
    @Benchmark
    public void readRawZipStaxFloor(Blackhole bh) {
        rawScan(file, bh);
    }

    /**
     * Reads the workbook with POI's usermodel and visits every cell's value.
     *
     * @param bh the sink
     * @throws Exception if POI fails
     */
    @Benchmark
    public void readPoiUsermodel(Blackhole bh) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(file.toFile())) {
            for (Sheet s : wb) {
                for (Row r : s) {
                    for (Cell c : r) {
                        switch (c.getCellType()) {
                            case NUMERIC:
                                bh.consume(c.getNumericCellValue());
                                break;
                            case STRING:
                                bh.consume(c.getStringCellValue());
                                break;
                            default:
                                bh.consume(c.getCellType());
                                break;
                        }
                    }
                }
            }
        }
    }

    /**
     * Writes the report with our writer (fastexcel, styled, merged headers).
     *
     * @return the bytes
     */
    @Benchmark
    public byte[] write() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
        writer.write(report, out);
        return out.toByteArray();
    }

    /**
     * Writes the same cells with POI XSSF (a plain grid, no styles).
     *
     * @return the bytes
     * @throws IOException never, in memory
     */
    @Benchmark
    public byte[] writePoiXssf() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            for (GridSheet g : grid) {
                Sheet s = wb.createSheet(g.name);
                Row row = null;
                for (Object[] c : g.cells) {
                    int r = (Integer) c[0];
                    if (row == null || row.getRowNum() != r) {
                        row = s.getRow(r) != null ? s.getRow(r) : s.createRow(r);
                    }
                    Cell cell = row.createCell((Integer) c[1]);
                    if (c[2] instanceof Double) {
                        cell.setCellValue((Double) c[2]);
                    } else {
                        cell.setCellValue((String) c[2]);
                    }
                }
            }
            wb.write(out);
        }
        return out.toByteArray();
    }

    private static final XMLInputFactory XML = XMLInputFactory.newFactory();

    static {
        XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    }

    /** Stream-parses the shared strings and every worksheet, touching every value. */
    static void rawScan(Path file, Blackhole bh) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> en = zip.entries();
            while (en.hasMoreElements()) {
                ZipEntry e = en.nextElement();
                String n = e.getName();
                if (n.equals("xl/sharedStrings.xml") || n.startsWith("xl/worksheets/sheet")) {
                    try (InputStream in = zip.getInputStream(e)) {
                        XMLStreamReader r = XML.createXMLStreamReader(in);
                        while (r.hasNext()) {
                            int ev = r.next();
                            if (ev == XMLStreamConstants.START_ELEMENT) {
                                for (int i = 0; i < r.getAttributeCount(); i++) {
                                    bh.consume(r.getAttributeValue(i));
                                }
                            } else if (ev == XMLStreamConstants.CHARACTERS) {
                                bh.consume(r.getText());
                            }
                        }
                        r.close();
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }
}
