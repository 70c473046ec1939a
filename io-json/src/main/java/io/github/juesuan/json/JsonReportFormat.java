package io.github.juesuan.json;

import io.github.juesuan.report.FinalAccountReport;
import io.github.juesuan.spi.ReadResult;
import io.github.juesuan.spi.ReportFormat;
import io.github.juesuan.spi.ReportReader;
import io.github.juesuan.spi.ReportWriter;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;

/**
 * The JSON format as a plug-in of the reader/writer SPI: name {@code json}, extension
 * {@code .json}, built in. Reads and writes with {@link JsonReports#standard()}. Registered in
 * {@code META-INF/services/io.github.juesuan.spi.ReportFormat}.
 */
public final class JsonReportFormat implements ReportFormat {

    /** The format name. */
    public static final String NAME = "json";

    private static final ReportReader READER = new ReportReader() {
        @Override
        public ReadResult read(InputStream in, String sourceName) {
            return JsonReports.standard().readResult(in, sourceName);
        }
    };

    private static final ReportWriter WRITER = new ReportWriter() {
        @Override
        public void write(FinalAccountReport report, OutputStream out) {
            JsonReports.standard().write(report, out);
        }
    };

    /** Creates the format; called by {@link java.util.ServiceLoader}. */
    public JsonReportFormat() {
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public List<String> getFileExtensions() {
        return List.of("json");
    }

    @Override
    public boolean isBuiltIn() {
        return true;
    }

    @Override
    public Optional<ReportReader> reader() {
        return Optional.of(READER);
    }

    @Override
    public Optional<ReportWriter> writer() {
        return Optional.of(WRITER);
    }

    @Override
    public String toString() {
        return "JsonReportFormat[json]";
    }
}
