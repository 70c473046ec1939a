/**
 * Implementation details shared by the other packages of Juesuan: text normalisation (folding
 * full-width digits, letters and brackets such as {@code （）} to half-width, removing the spaces
 * that PDF extraction leaves inside names such as {@code 政府办公厅（室）及相关机构 事务}) and the
 * project's Immutables style annotation.
 *
 * <p><strong>This package is not API.</strong> Its types are public only so that the other
 * packages of the library can use them; they may change or disappear in any release without
 * notice. Applications must not use them.
 */
package io.github.juesuan.internal;
