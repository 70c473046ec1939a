/**
 * The reader/writer service provider interface (SPI, 读写插件接口): how file formats plug in.
 *
 * <p>Each format module ({@code io-json}, {@code io-text}, {@code io-excel}) ships a
 * {@link io.github.juesuan.spi.ReportFormat} registered in
 * {@code META-INF/services/io.github.juesuan.spi.ReportFormat}. {@link io.github.juesuan.spi.Formats}
 * discovers them with {@link java.util.ServiceLoader} and finds one by name or file extension; a
 * user's own format overrides a built-in one of the same name or extension, and any other clash is
 * rejected with both classes named.
 *
 * <p>Reading gives a {@link io.github.juesuan.spi.ReadResult}: the report (部门决算) if one could be
 * built, and the {@link io.github.juesuan.spi.Problem}s met, each with a
 * {@link io.github.juesuan.spi.SourceLocation} in the source's own terms (file, line and column,
 * sheet and cell, JSON pointer). Where a caller wants the report or nothing, the single unchecked
 * {@link io.github.juesuan.spi.ReportReadException} carries the first error; its message names the
 * bad value and where it was.
 *
 * <p>Every message a reader gives is a {@link io.github.juesuan.spi.ProblemMessage}: a stable key of
 * the bundles {@code ProblemMessages.properties} (English) and {@code ProblemMessages_zh.properties}
 * (Chinese) with its arguments. A problem prints in either language
 * ({@link io.github.juesuan.spi.Problem#getMessage(java.util.Locale)}); so does every exception the
 * library throws for bad input ({@link io.github.juesuan.spi.ReportReadException} and its subclasses,
 * and {@link io.github.juesuan.spi.InvalidInputException}, the {@link IllegalArgumentException} of a
 * value that does not parse or a source that is not a report): {@code getMessage()} is English, for
 * logs and stack traces, and {@code getMessage(Locale)} speaks the locale's language, naming the
 * source and the place (file, page, line, {@code sheet!cell}, JSON pointer) in both.
 */
package io.github.juesuan.spi;
