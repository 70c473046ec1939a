package io.github.juesuan.excel;

import io.github.juesuan.amount.FiscalYear;
import io.github.juesuan.layout.CellRef;
import io.github.juesuan.layout.LayoutReadResult;
import io.github.juesuan.layout.LayoutReader;
import io.github.juesuan.report.FinalAccountReport;
import io.github.juesuan.report.TableEdition;
import io.github.juesuan.report.TableId;
import io.github.juesuan.spi.Problem;
import io.github.juesuan.spi.ProblemMessage;
import io.github.juesuan.spi.SourceLocation;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads a final-account workbook (.xlsx; .xls when Apache POI's {@code poi} is on the class path)
 * into a {@link io.github.juesuan.report.FinalAccountReport}, whoever wrote it.
 *
 * <p>The workbook's sheets are a layout document ({@link WorkbookLayoutSource}) read by the layout
 * module's one recognizer ({@link LayoutReader}), the same that reads a report's text: tables are
 * found by their labels ({@code 公开03表}) and titles ({@code 支出决算表}) and their columns by header
 * words, never by fixed positions: our own output, tables in another order or all in one sheet,
 * codes in one column or split into 类/款/项 columns, numbers stored as text ({@code "42,590.81"},
 * full-width digits), cached formula results, blank rows, notes below a table and merged cells are
 * all read. A table not found is absent; a table followed by {@code 本单位没有…} is declared empty.
 * What the writer states beside the tables (the 元数据 sheet's department, year, editions and facts,
 * the 情况说明 sheet's prose) completes the report. Every figure keeps its cell
 * ({@link ExcelReadResult#locationOf}), and what cannot be read is a problem naming the cell and
 * the value, never a silent zero.
 *
 * <p>Files that are not workbooks, corrupt or truncated zips, encrypted workbooks, zip bombs, XML
 * with a document type declaration and files beyond the {@link ExcelLimits} fail with an
 * {@link ExcelReadException} within bounded memory and time. Instances are immutable and
 * thread-safe.
 *
 * <pre>{@code
 * ExcelReadResult result = ExcelReportReader.create().read(Path.of("report.xlsx"));
 * FinalAccountReport report = result.getReport();
 * result.getProblems().forEach(System.out::println);
 * }</pre>
 */
public final class ExcelReportReader {

    private final ExcelLimits limits;
    private final FiscalYear fallbackYear;
    private final String fallbackDepartment;

    private ExcelReportReader(ExcelLimits limits, FiscalYear fallbackYear, String fallbackDepartment) {
        this.limits = limits;
        this.fallbackYear = fallbackYear;
        this.fallbackDepartment = fallbackDepartment;
    }

    /**
     * Creates a reader with the default limits.
     *
     * @return the reader
     */
    public static ExcelReportReader create() {
        return new ExcelReportReader(ExcelLimits.defaults(), null, null);
    }

    /**
     * Returns a reader with other limits.
     *
     * @param limits the limits
     * @return the reader
     */
    public ExcelReportReader withLimits(ExcelLimits limits) {
        return new ExcelReportReader(Objects.requireNonNull(limits, "limits"), fallbackYear, fallbackDepartment);
    }

    /**
     * Returns a reader that takes this fiscal year when the workbook states none (no {@code 元数据}
     * sheet and no {@code 2024年} in a title).
     *
     * @param year the year
     * @return the reader
     */
    public ExcelReportReader withFiscalYear(FiscalYear year) {
        return new ExcelReportReader(limits, Objects.requireNonNull(year, "year"), fallbackDepartment);
    }

    /**
     * Returns a reader that takes this department when the workbook states none.
     *
     * @param department the department
     * @return the reader
     */
    public ExcelReportReader withDepartment(String department) {
        return new ExcelReportReader(limits, fallbackYear, Objects.requireNonNull(department, "department"));
    }

    /**
     * Reads a workbook file.
     *
     * @param file the file
     * @return the report, the problems and where each figure came from
     * @throws ExcelReadException if the file is not a workbook this reader can open (see the class
     *         comment)
     * @throws UncheckedIOException if the file cannot be read
     */
    public ExcelReadResult read(Path file) {
        Objects.requireNonNull(file, "file");
        return read(file, String.valueOf(file.getFileName()));
    }

    /**
     * Reads a workbook: its sheets as a layout document ({@link WorkbookLayoutSource}) read by the
     * layout module's one recognizer ({@link LayoutReader}), with the year, department and table
     * editions the 元数据 sheet states (or this reader's fallbacks) where the tables state none, and
     * the report completed by the 元数据 and 情况说明 sheets ({@link WorkbookStatements}).
     *
     * @throws ExcelReadException naming the file if it is not a workbook or states no fiscal year
     */
    private ExcelReadResult read(Path file, String name) {
        List<GridSheet> sheets = sheets(file, name);
        WorkbookStatements stated = WorkbookStatements.of(sheets, name);
        Optional<FiscalYear> statedYear = stated.year();
        Optional<FiscalYear> year = statedYear.or(() -> Optional.ofNullable(fallbackYear));
        Optional<String> department = stated.department().or(() -> Optional.ofNullable(fallbackDepartment));
        LayoutReader reader = LayoutReader.create();
        if (year.isPresent()) {
            reader = reader.withFiscalYear(year.get());
        }
        if (department.isPresent()) {
            reader = reader.withDepartment(department.get());
        }
        for (Map.Entry<TableId, TableEdition> e : stated.editions().entrySet()) {
            reader = reader.withEdition(e.getKey(), e.getValue());
        }
        LayoutReadResult read;
        try {
            read = reader.read(WorkbookLayoutSource.of(sheets, name));
        } catch (IllegalArgumentException e) {
            if (year.isPresent()) {
                throw new ExcelReadException(ProblemMessage.from(e), e);
            }
            throw new ExcelReadException(ProblemMessage.of("problem.excel.noFiscalYear", name, ProblemMessage.from(e)), e);
        }
        FinalAccountReport report = stated.complete(read.getReport());
        List<Problem> problems = new ArrayList<>(stated.problems());
        if (statedYear.isPresent() && !statedYear.get().equals(report.getFiscalYear())) {
            problems.add(Problem.warning(ProblemMessage.of("problem.excel.yearMismatch", Layout.METADATA_SHEET,
                    statedYear.get(), report.getFiscalYear()),
                    statedYear.get().toString(), SourceLocation.ofFile(name).withCell(Layout.METADATA_SHEET, null)));
        }
        for (Problem p : read.getProblems()) {
            // a value the recognizer rejected (it names the value) is an error of the workbook
            problems.add(p.getValue().isPresent() && !p.isError()
                    ? p.asError() : p);
        }
        problems.addAll(formulasWithoutValue(sheets, read));
        return new ExcelReadResult(name, report, problems, read.withReport(report));
    }

    /**
     * An error for each figure the recognizer read from a formula cell that stores no result (the
     * workbook was saved without calculating): the figure is blank, and it should not be.
     */
    private static List<Problem> formulasWithoutValue(List<GridSheet> sheets, LayoutReadResult read) {
        Map<String, GridCell> formulas = new HashMap<>();
        for (GridSheet s : sheets) {
            for (int r : s.rowIndexes()) {
                for (GridCell c : s.row(r)) {
                    if (c.kind == GridCell.Kind.FORMULA_WITHOUT_VALUE) {
                        formulas.put(s.name + "!" + c.ref(), c);
                    }
                }
            }
        }
        if (formulas.isEmpty()) {
            return List.of();
        }
        List<Problem> out = new ArrayList<>();
        for (Map.Entry<CellRef, SourceLocation> e : read.getProvenance().entrySet()) {
            SourceLocation l = e.getValue();
            if (l.getSheet().isPresent() && l.getCell().isPresent()
                    && formulas.containsKey(l.getSheet().get() + "!" + l.getCell().get())) {
                CellRef c = e.getKey();
                out.add(Problem.error(ProblemMessage.of("problem.excel.formulaWithoutResult", c.table().getLabel(),
                        c.row(), c.columnId(), l.getSheet().get() + "!" + l.getCell().get()), null, l));
            }
        }
        out.sort(java.util.Comparator.comparing(p -> p.getLocation().toString()));
        return out;
    }

    /**
     * Reads the sheets of a workbook file within the limits.
     *
     * @throws ExcelReadException naming the file if it is not a workbook this reader can open
     */
    List<GridSheet> sheets(Path file, String name) {
        try {
            long size = Files.size(file);
            if (size > limits.getMaxFileBytes()) {
                throw new ExcelReadException(ProblemMessage.of("problem.excel.tooLarge", name, size,
                        limits.getMaxFileBytes()));
            }
            List<GridSheet> sheets;
            switch (Xlsx.sniff(file)) {
                case ZIP:
                    sheets = Xlsx.read(file, name, limits);
                    break;
                case CFB:
                    if (Xlsx.isEncryptedPackage(file)) {
                        throw new ExcelReadException(ProblemMessage.of("problem.excel.encrypted", name));
                    }
                    sheets = xls(file, name);
                    break;
                default:
                    throw new ExcelReadException(ProblemMessage.of("problem.excel.notAWorkbook", name));
            }
            return sheets;
        } catch (ExcelReadException e) {
            throw e.inFile(name);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads a workbook from a stream, which is left open. The stream is first copied to a
     * temporary file (at most {@link ExcelLimits#getMaxFileBytes()} bytes), which is deleted
     * afterwards. Problems and failures name the stream as {@code the stream}.
     *
     * @param in the stream
     * @return the report, the problems and where each figure came from
     * @throws ExcelReadException if the content is not a workbook this reader can open
     * @throws UncheckedIOException if the stream fails
     */
    public ExcelReadResult read(InputStream in) {
        return read(in, "the stream");
    }

    /**
     * Reads a workbook from a stream, which is left open, naming it in problems and failures. The
     * stream is first copied to a temporary file (at most {@link ExcelLimits#getMaxFileBytes()}
     * bytes), which is deleted afterwards.
     *
     * @param in the stream
     * @param sourceName the name used in problem locations and messages, such as a file name
     * @return the report, the problems and where each figure came from
     * @throws ExcelReadException if the content is not a workbook this reader can open
     * @throws UncheckedIOException if the stream fails
     */
    public ExcelReadResult read(InputStream in, String sourceName) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(sourceName, "sourceName");
        Path tmp = null;
        try {
            tmp = Files.createTempFile("juesuan-", ".xlsx");
            long copied = 0;
            byte[] buf = new byte[1 << 16];
            try (OutputStream out = Files.newOutputStream(tmp)) {
                int n;
                while ((n = in.read(buf)) > 0) {
                    copied += n;
                    if (copied > limits.getMaxFileBytes()) {
                        throw new ExcelReadException(ProblemMessage.of("problem.excel.streamTooLarge", sourceName,
                                limits.getMaxFileBytes()), SourceLocation.ofFile(sourceName), null);
                    }
                    out.write(buf, 0, n);
                }
            }
            return read(tmp, sourceName);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + sourceName + ": " + e.getMessage(), e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // a temporary file left behind is not worth failing the read
                }
            }
        }
    }

    private List<GridSheet> xls(Path file, String name) {
        try {
            Class.forName("org.apache.poi.hssf.usermodel.HSSFWorkbook", false, getClass().getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new ExcelReadException(ProblemMessage.of("problem.excel.xlsNeedsPoi", name));
        }
        return XlsSheets.read(file, name, limits);
    }
}
