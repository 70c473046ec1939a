package io.github.juesuan.json;

import io.github.juesuan.report.FinalAccountReport;
import io.github.juesuan.text.TextReportReader;
import java.nio.file.Path;

/**
 * The real reports of the project, copied unchanged under {@code src/test/resources/real-reports}
 * from the shared collection, read with the text reader of io-text.
 */
final class RealReports {

    /** 吉林省政务大厅运行服务中心 2024: prose only, the table pages were images. */
    static final String R000 = "000_aa736e7b58f5109b.txt";
    /** 吉林省人民政府办公厅（本级） 2024: tab-separated tables (also typed by hand in the testing module). */
    static final String R001 = "001_204597f849ed16ca.txt";
    /** 吉林省政务服务和数字化建设服务中心 2023: Markdown pipe tables, 2023 layouts of 07/08. */
    static final String R002 = "002_2626e36b3619c519.txt";

    private static final Path DIR = Path.of("src", "test", "resources", "real-reports");

    private RealReports() {
    }

    /**
     * Reads a real report's text.
     *
     * @param fileName the file name under the real-reports folder
     * @return the report read by {@link TextReportReader}
     */
    static FinalAccountReport text(String fileName) {
        return new TextReportReader().read(DIR.resolve(fileName)).getReport();
    }
}
