/**
 * The {@code juesuan} command line: module {@code io.github.juesuan.cli} (artifact
 * {@code juesuan-cli}).
 *
 * <p>Run on the module path with
 * {@code java -p <the jars> -m io.github.juesuan.cli/io.github.juesuan.cli.JuesuanCli}; the
 * runnable {@code juesuan.jar} bundles the dependencies and is run on the class path
 * ({@code java -jar}), where this descriptor is left out. The module exports nothing: it is an
 * application, not a library. picocli sets the annotated options reflectively: the package is
 * opened to it.
 */
module io.github.juesuan.cli {
    requires io.github.juesuan.core;
    requires io.github.juesuan.json;
    requires io.github.juesuan.excel;
    requires io.github.juesuan.pdf;
    requires io.github.juesuan.text;
    requires io.github.juesuan.facts;
    requires io.github.juesuan.html;
    // io-excel reads .xls only with POI (optional there); the command line reads .xls
    requires org.apache.poi.poi;
    requires info.picocli;
    requires java.logging;

    // an application: nothing is exported (the launcher needs no export to run the main class)
    opens io.github.juesuan.cli to info.picocli;
}
