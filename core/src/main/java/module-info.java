/**
 * The model of a department final accounts report (部门决算), its validation and the reader/writer
 * service provider interface: module {@code io.github.juesuan.core} (artifact {@code juesuan-core}).
 *
 * <p>{@code io.github.juesuan.internal} is not API: it is exported only to the project's own
 * reader modules. No package is opened: Bean Validation (Hibernate Validator) reads the
 * constraints through the public getters of the exported model types, and needs no deep
 * reflection.
 *
 * <p>Report formats are found with {@link java.util.ServiceLoader}: a format module declares
 * {@code provides io.github.juesuan.spi.ReportFormat with ...} (on the module path) or lists the
 * class in {@code META-INF/services/io.github.juesuan.spi.ReportFormat} (on the class path).
 */
@SuppressWarnings("module") // the qualified export names modules that are built later
module io.github.juesuan.core {
    // ConsistentReport and ConsistentReportValidator are Bean Validation API types in our API
    requires transitive jakarta.validation;
    // compile-time only: the Immutables annotations and the project style (CLASS retention)
    requires static org.immutables.value;

    exports io.github.juesuan.amount;
    exports io.github.juesuan.classification;
    exports io.github.juesuan.performance;
    exports io.github.juesuan.report;
    exports io.github.juesuan.spi;
    exports io.github.juesuan.validation;
    // text normalisation shared by the readers: not API
    exports io.github.juesuan.internal to
            io.github.juesuan.layout,
            io.github.juesuan.excel,
            io.github.juesuan.pdf,
            io.github.juesuan.text;

    uses io.github.juesuan.spi.ReportFormat;
}
