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
 */
package io.github.juesuan.spi;
