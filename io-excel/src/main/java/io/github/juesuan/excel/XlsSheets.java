package io.github.juesuan.excel;

import io.github.juesuan.spi.ProblemMessage;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Reads an .xls (BIFF8) workbook into {@link GridSheet}s with Apache POI's HSSF. Loaded only when
 * {@code org.apache.poi:poi}, an optional dependency, is on the class path.
 */
final class XlsSheets {

    private XlsSheets() {
    }

    static List<GridSheet> read(Path file, String name, ExcelLimits limits) {
        List<GridSheet> out = new ArrayList<>();
        int cells = 0;
        try (InputStream in = Files.newInputStream(file); HSSFWorkbook wb = new HSSFWorkbook(in)) {
            for (Sheet s : wb) {
                GridSheet g = new GridSheet(s.getSheetName());
                if (s.getLastRowNum() >= limits.getMaxRows()) {
                    throw new ExcelReadException(ProblemMessage.of("problem.excel.tooManyRows", name, s.getSheetName(),
                            limits.getMaxRows()));
                }
                for (CellRangeAddress m : s.getMergedRegions()) {
                    cells += g.merge(m.getFirstRow(), m.getFirstColumn(), m.getLastRow(), m.getLastColumn());
                    if (cells > limits.getMaxCells()) {
                        throw new ExcelReadException(ProblemMessage.of("problem.excel.tooManyCellsMerged", name, limits.getMaxCells()));
                    }
                }
                for (Row r : s) {
                    for (Cell c : r) {
                        GridCell x = convert(c);
                        if (x != null) {
                            if (++cells > limits.getMaxCells()) {
                                throw new ExcelReadException(ProblemMessage.of("problem.excel.tooManyCells", name,
                                        limits.getMaxCells()));
                            }
                            g.put(x);
                        }
                    }
                }
                out.add(g);
            }
        } catch (org.apache.poi.EncryptedDocumentException e) {
            throw new ExcelReadException(ProblemMessage.of("problem.excel.encrypted", name), e);
        } catch (IOException | RuntimeException e) {
            if (e instanceof ExcelReadException) {
                throw (ExcelReadException) e;
            }
            throw new ExcelReadException(ProblemMessage.of("problem.excel.xlsUnreadable", name, String.valueOf(e.getMessage())),
                    e);
        }
        return out;
    }

    private static GridCell convert(Cell c) {
        CellType t = c.getCellType();
        boolean formula = t == CellType.FORMULA;
        if (formula) {
            t = c.getCachedFormulaResultType();
        }
        int decimals = Xlsx.decimalsOf(c.getCellStyle().getDataFormat(), c.getCellStyle().getDataFormatString());
        switch (t) {
            case NUMERIC:
                return new GridCell(c.getRowIndex(), c.getColumnIndex(), GridCell.Kind.NUMBER,
                        new BigDecimal(Double.toString(c.getNumericCellValue())).toPlainString(), decimals);
            case STRING:
                String s = c.getStringCellValue();
                return s.isEmpty() ? null : new GridCell(c.getRowIndex(), c.getColumnIndex(), GridCell.Kind.TEXT, s,
                        decimals);
            case BOOLEAN:
                return new GridCell(c.getRowIndex(), c.getColumnIndex(), GridCell.Kind.BOOLEAN,
                        c.getBooleanCellValue() ? "1" : "0", decimals);
            case ERROR:
                return new GridCell(c.getRowIndex(), c.getColumnIndex(), GridCell.Kind.ERROR, "#ERROR", decimals);
            default:
                return null;
        }
    }
}
