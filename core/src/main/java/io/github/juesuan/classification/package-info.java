/**
 * The two classifications that rows of the final-account tables are keyed by, and the bundled
 * catalogs that name their codes.
 *
 * <h2>Functional classification (支出功能分类科目)</h2>
 *
 * <p>{@link io.github.juesuan.classification.FunctionCode} is a code of the Ministry of Finance's
 * yearly 《政府收支分类科目》: a 类 of three digits ({@code 201} 一般公共服务支出), a 款 of five
 * ({@code 20103} 政府办公厅（室）及相关机构事务) or a 项 of seven ({@code 2010301} 行政运行). A 项
 * code starts with its 款 code and a 款 code with its 类 code; codes ending in 99 are the "other"
 * bucket (其他…支出) of their parent. Tables 公开02, 03, 05, 07 and 08 list their rows by functional
 * code, each 类 followed by its 款 and each 款 by its 项, which is the natural order of the codes.
 *
 * <h2>Economic classification (部门预算支出经济分类科目)</h2>
 *
 * <p>{@link io.github.juesuan.classification.EconomicCode} is a code of the economic
 * classification of departmental expenditure: a 类 of three digits ({@code 301} 工资福利支出) or a
 * 款 of five ({@code 30101} 基本工资). Table 公开06 (一般公共预算财政拨款基本支出决算明细表) lists its
 * rows by economic code. Classes 301 and 303 are personnel expenses (人员经费), every other class
 * public-use expenses (公用经费): see {@link io.github.juesuan.classification.ExpenseKind}.
 *
 * <h2>Catalogs</h2>
 *
 * <p>{@link io.github.juesuan.classification.FunctionCatalog} and
 * {@link io.github.juesuan.classification.EconomicCatalog} give the official name (科目名称) of
 * each code in one edition year, the codes of a name (exactly, or leniently, ignoring the
 * difference between full- and half-width brackets and the spaces that PDF extraction leaves in
 * names), and the children of a code. The catalogs are bundled as TSV resources, one edition per
 * fiscal year (2023 to 2026), loaded lazily once per edition; {@code forYear} picks the edition of a
 * report's year. The bundled functional catalog holds every 类 and 款 but only part of the 项 (see
 * {@code CATALOGS-README.md} beside the resources and {@code docs/catalog-format.md}), so a code that a
 * catalog does not know is reported as unknown, never rejected: a validator turns it into a warning,
 * or into "not assessed" where the bundled 项 of its 款 are known to be partial
 * ({@link io.github.juesuan.classification.ClassificationCatalog#listsAllChildrenOf}). The differences
 * between editions (新增, 取消, 更名 and reused codes) are data with their sources
 * ({@link io.github.juesuan.classification.CatalogChange}). A complete official catalog of an edition
 * can be loaded from a documented TSV file
 * ({@link io.github.juesuan.classification.ClassificationCatalog#load(java.nio.file.Path)}) and given to
 * the validator.
 *
 * <p>A code type says nothing of whether a catalog knows it: {@code FunctionCode.parse("2019998")}
 * succeeds although no edition has that code.
 */
package io.github.juesuan.classification;
