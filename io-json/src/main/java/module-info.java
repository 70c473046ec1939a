/**
 * JSON and JSON Lines for final-account reports, with Jackson 2.x: module
 * {@code io.github.juesuan.json} (artifact {@code juesuan-io-json}).
 *
 * <p>Provides the {@code json} report format to {@link io.github.juesuan.spi.Formats} and
 * {@link io.github.juesuan.json.JuesuanJsonModule} to Jackson's
 * {@code ObjectMapper.findAndRegisterModules()}. Jackson needs no opened package: every type is
 * written and read by the module's own serializers.
 */
module io.github.juesuan.json {
    requires transitive io.github.juesuan.core;
    // JuesuanJsonModule is a Jackson Module (SimpleModule) in our API
    requires transitive com.fasterxml.jackson.databind;

    exports io.github.juesuan.json;

    provides io.github.juesuan.spi.ReportFormat with io.github.juesuan.json.JsonReportFormat;
    provides com.fasterxml.jackson.databind.Module with io.github.juesuan.json.JuesuanJsonModule;
}
